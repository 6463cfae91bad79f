import { validatePolicy, type Policy } from '../app-config.js';

/** The machine policy and the warnings about files that were ignored because they could be planted. */
export interface MachinePolicy {
  policy: Policy;
  warnings: string[];
}

/** Collects trusted sources in order (later ones win key by key) and the warnings for ignored ones. */
export class PolicyCollector {
  private merged: Policy = {};
  private readonly warnings: string[] = [];

  /** Adds values from a trusted source; throws, naming the source, when they are malformed. */
  add(values: unknown, source: string): void {
    this.merged = { ...this.merged, ...validatePolicy(values, source) };
  }

  /** Records a source that exists but is not trusted. */
  ignore(source: string, reason: string): void {
    this.warnings.push(`Ignored the policy ${source}: ${reason}. Only administrators may set policy.`);
  }

  /** The merged policy and the warnings. */
  result(): MachinePolicy {
    return { policy: this.merged, warnings: [...this.warnings] };
  }
}

/** Parses JSON text from a trusted source, with a message naming it when it is not JSON. */
export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`Policy ${source} is not valid JSON.`);
  }
}
