// Writes .br and .gz copies of the web app's text assets and its TrueType fonts (half their size), served as they are by @fastify/static (preCompressed).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const assets = join(process.argv[2] ?? 'dist/web', 'assets');
for (const name of readdirSync(assets)) {
  if (!/\.(js|css|svg|json|html|ttf)$/.test(name)) continue;
  const file = join(assets, name);
  const content = readFileSync(file);
  writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
  writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
}
