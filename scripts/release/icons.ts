// `npm run icons`: build/icon.png (1024 px), build/icon.ico and build/icon.icns, all from build/icon.svg.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

/** Renders the SVG at 1024 px and writes icon.png, icon.ico and icon.icns into `outDir`; returns their paths. */
export async function writeIcons(svgPath: string, outDir: string): Promise<string[]> {
  const png = Buffer.from(new Resvg(await readFile(svgPath), { fitTo: { mode: 'width', value: 1024 } }).render().asPng());
  const ico = png2icons.createICO(png, png2icons.BICUBIC2, 0, false, true);
  const icns = png2icons.createICNS(png, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error('png2icons could not make the .ico or .icns.');
  const outputs: [string, Buffer][] = [
    [join(outDir, 'icon.png'), png],
    [join(outDir, 'icon.ico'), ico],
    [join(outDir, 'icon.icns'), icns],
  ];
  for (const [path, data] of outputs) await writeFile(path, data);
  return outputs.map(([path]) => path);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const build = fileURLToPath(new URL('../../build', import.meta.url));
  writeIcons(join(build, 'icon.svg'), build).then(
    (paths) => console.log(paths.join('\n')),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
