// Copies the non-TypeScript assets of each library (mail templates) next to its compiled code.
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

for (const lib of readdirSync('libs')) {
  const templates = join('libs', lib, 'src', 'templates');
  if (existsSync(templates)) cpSync(templates, join('dist', templates), { recursive: true });
}
