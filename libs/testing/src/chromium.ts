import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** The Chromium the browser tests drive, and what it needs in its environment. */
export interface ChromiumBinary {
  executablePath: string;
  env: Record<string, string>;
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * CHROMIUM_PATH when set, else Debian's chromium when installed, else the Chromium that comes with npm
 * (@sparticuz/chromium, a dev dependency), so that `npm install && npm test` needs nothing else on the machine.
 */
export function findChromium(): Promise<ChromiumBinary> {
  const chosen = process.env.CHROMIUM_PATH ?? (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
  if (chosen) return Promise.resolve({ executablePath: chosen, env: {} });
  return (unpacked ??= unpackNpmChromium());
}

let unpacked: Promise<ChromiumBinary> | undefined;

/**
 * @sparticuz/chromium ships its browser brotli-compressed and unpacks it into the temporary folder under
 * fixed names, which parallel runs would overwrite under each other. Here it is unpacked once per version
 * into a folder of its own under node_modules/.cache, by a child process whose temporary folder is a
 * staging folder that then takes its place at once.
 */
async function unpackNpmChromium(): Promise<ChromiumBinary> {
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '../package.json'), 'utf8')) as { version: string };
  mkdirSync(resolve('node_modules/.cache'), { recursive: true });
  // The real path: fonts.conf names folders in it, and node_modules may be a link shared by several checkouts.
  const cache = realpathSync(resolve('node_modules/.cache'));
  const folder = join(cache, `plenary-chromium-${version}`);
  if (!existsSync(join(folder, 'fonts.conf'))) {
    const staging = mkdtempSync(join(cache, `plenary-chromium-${version}-`));
    try {
      await promisify(execFile)(
        process.execPath,
        ['--input-type=module', '-e', `const { default: chromium } = await import(${JSON.stringify(entry)}); await chromium.executablePath();`],
        { env: { ...process.env, TMPDIR: staging } },
      );
      // Its own fonts.conf names Lambda's folders: ours names the fonts it brought and the machine's, if any.
      writeFileSync(
        join(staging, 'fonts.conf'),
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(folder, 'fonts')}</dir>\n  <dir>/usr/share/fonts</dir>\n  <dir>/usr/local/share/fonts</dir>\n  <cachedir>${join(folder, 'fontconfig-cache')}</cachedir>\n</fontconfig>\n`,
      );
      renameSync(staging, folder);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      // Another run unpacked it first: theirs is as good as ours.
      if (!existsSync(join(folder, 'fonts.conf'))) throw error;
    }
  }
  return { executablePath: join(folder, 'chromium'), env: { FONTCONFIG_FILE: join(folder, 'fonts.conf') } };
}
