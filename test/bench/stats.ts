/** The median of a non-empty list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Prints a benchmark's closing line in the one format every benchmark uses. */
export function report(name: string, value: number, unit: string): void {
  console.log(`bench ${name}: ${value.toFixed(2).replace(/\.?0+$/, '')} ${unit}`);
}
