import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * `node dist/bench/run.js [name...]`: runs the exported `run()` of `bench/<name>.bench.ts`,
 * or of every bench when no name is given (`npm run bench -- notifications`).
 */
const HERE = fileURLToPath(new URL('.', import.meta.url));
const SUFFIX = '.bench.js';

interface BenchModule {
  run(): Promise<unknown>;
}

async function main(): Promise<void> {
  const available = readdirSync(HERE)
    .filter((file) => file.endsWith(SUFFIX))
    .map((file) => file.slice(0, -SUFFIX.length))
    .sort();
  const requested = process.argv.slice(2).filter((arg) => arg.trim() !== '');
  const names = requested.length > 0 ? requested : available;
  const unknown = names.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    process.stderr.write(`Unknown bench: ${unknown.join(', ')}. Available: ${available.join(', ') || '(none)'}\n`);
    process.exit(2);
  }
  for (const name of names) {
    const bench = (await import(pathToFileURL(join(HERE, `${name}${SUFFIX}`)).href)) as Partial<BenchModule>;
    if (typeof bench.run !== 'function') throw new Error(`bench/${name}.bench.ts does not export run()`);
    process.stdout.write(`\n=== bench: ${name}\n`);
    await bench.run();
  }
}

main().then(
  // Explicit exit: a pool or socket a library keeps open must not hang the run after the results are out.
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
