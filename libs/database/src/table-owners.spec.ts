import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// Each table has one owning library (the README's table says which); only its code reads and writes the
// table. Another library asks the owner: an exported batch function, a service, or a port the owner binds.
const ROOT = join(import.meta.dirname, '../../..');

function owners(): Map<string, string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const table = new Map<string, string>();
  for (const [, library, tables] of readme.matchAll(/^\| `([a-z]+)` \| [^|]+ \| ([^|]+) \|$/gm)) {
    for (const [, name] of tables.matchAll(/`([a-z_*]+)`/g)) table.set(name, library);
  }
  return table;
}

function ownerOf(owned: Map<string, string>, name: string): string | undefined {
  return owned.get(name) ?? [...owned].find(([pattern]) => pattern.endsWith('*') && name.startsWith(pattern.slice(0, -1)))?.[1];
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

function crossings(pattern: RegExp): { library: string; table: string; where: string }[] {
  const owned = owners();
  const found: { library: string; table: string; where: string }[] = [];
  for (const library of readdirSync(join(ROOT, 'libs'))) {
    if (library === 'testing') continue;
    for (const file of sources(join(ROOT, 'libs', library, 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(pattern)) {
        const table = match[1].toLowerCase();
        const owner = ownerOf(owned, table);
        if (owner && owner !== library) found.push({ library, table, where: `${relative(ROOT, file)}:${text.slice(0, match.index).split('\n').length}` });
      }
    }
  }
  return found;
}

describe('tables and their owners', () => {
  it('gives every table the migrations create an owning library in the README', () => {
    const owned = owners();
    const migrations = readdirSync(join(ROOT, 'libs/database/src/migrations')).map((file) =>
      readFileSync(join(ROOT, 'libs/database/src/migrations', file), 'utf8'),
    );
    const created = migrations.flatMap((text) => [...text.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)/g)].map((match) => match[1]));
    expect(created.length).toBeGreaterThan(30);
    expect(created.filter((name) => !ownerOf(owned, name))).toEqual([]);
  });

  it('lets only the owning library write a table', () => {
    expect(crossings(/\b(?:UPDATE|INSERT\s+INTO|DELETE\s+FROM|TRUNCATE)\s+"?([a-z_]+)"?/gi)).toEqual([]);
  });

  it('lets only the owning library read a table', () => {
    expect(crossings(/\b(?:FROM|JOIN)\s+"?([a-z_]+)"?/gi)).toEqual([]);
  });
});
