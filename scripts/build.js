// `npm run build` (and so `npm start`, `npm test`): builds the server and the web app side by side, each only when
// its inputs changed since its last build. A fingerprint of the inputs' contents is kept next to the output;
// when it differs, the server goes through tsc's incremental build (only changed files are emitted again) and
// tsc-alias, and the web app through Vite. `node scripts/build.js --force` ignores the fingerprints.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const force = process.argv.includes('--force');

const SERVER = {
  name: 'server',
  inputs: ['apps', 'libs', 'bench', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json', 'scripts/build.js', 'scripts/copy-assets.js'],
  skip: ['apps/web'],
  output: 'dist/apps/api/src/main.js',
  stamp: 'dist/.server-inputs',
  steps: [
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    [require.resolve('tsc-alias/dist/bin/index.js'), '-p', 'tsconfig.build.json'],
    ['scripts/copy-assets.js'],
  ],
};

const WEB = {
  name: 'web app',
  // With the plain-data libraries it imports (vite.config.ts): a change to a country's name shows in the next build.
  inputs: ['apps/web', 'libs/countries', 'libs/needs', 'package-lock.json', 'scripts/build-web.js', 'scripts/compress-web.js'],
  skip: [],
  output: 'dist/web/index.html',
  // Outside dist/web: Vite empties that folder.
  stamp: 'dist/.web-inputs',
  steps: [['scripts/build-web.js']],
};

/** Every file under the inputs, sorted, with its contents: a rename, an edit or a deletion all change it. */
function fingerprint(root, inputs, skip = []) {
  const hash = createHash('sha256');
  const files = [];
  for (const input of inputs) {
    const path = join(root, input);
    if (!existsSync(path)) continue;
    if (statSync(path).isFile()) files.push(input);
    else
      for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile()) continue;
        const file = relative(root, join(entry.parentPath ?? entry.path, entry.name));
        if (!skip.some((prefix) => file === prefix || file.startsWith(`${prefix}/`))) files.push(file);
      }
  }
  for (const file of files.sort())
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(root, file)))
      .update('\0');
  return hash.digest('hex');
}

function run(args) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.once('error', fail);
    child.once('exit', (code, signal) => (code === 0 ? done() : fail(new Error(`${args.join(' ')} failed (${signal ?? `exit ${code}`})`))));
  });
}

async function build(target) {
  const inputs = fingerprint('.', target.inputs, target.skip);
  const built = existsSync(target.stamp) && readFileSync(target.stamp, 'utf8') === inputs && existsSync(target.output);
  if (built && !force) {
    process.stdout.write(`build: ${target.name} unchanged, not rebuilt\n`);
    return;
  }
  const started = Date.now();
  // A build that fails halfway must not leave a stamp saying it is done.
  rmSync(target.stamp, { force: true });
  for (const step of target.steps) await run(step);
  writeFileSync(target.stamp, inputs);
  process.stdout.write(`build: ${target.name} built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

const results = await Promise.allSettled([build(SERVER), build(WEB)]);
const failed = results.filter((result) => result.status === 'rejected');
for (const failure of failed) process.stderr.write(`build: ${failure.reason.message}\n`);
process.exit(failed.length > 0 ? 1 : 0);
