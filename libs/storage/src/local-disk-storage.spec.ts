import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDiskStorage } from './local-disk-storage.js';
import { describeStorageContract } from './storage-contract.js';

describeStorageContract('LocalDiskStorage', async () => {
  const root = await mkdtemp(join(tmpdir(), 'plenary-storage-'));
  return {
    storage: new LocalDiskStorage(join(root, 'uploads')),
    leftovers: async () => {
      const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
      return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
    },
    close: () => rm(root, { recursive: true, force: true }),
  };
});
