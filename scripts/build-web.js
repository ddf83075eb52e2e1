// Builds the web app into dist/web (or the directory given), then writes its compressed copies.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const outDir = resolve(process.argv[2] ?? 'dist/web');
execFileSync('npx', ['vite', 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn', '--outDir', outDir], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/compress-web.js', outDir], { stdio: 'inherit' });
