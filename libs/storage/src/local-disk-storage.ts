import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { ensurePrivateFolder, PRIVATE_FILE_MODE } from '@app/config';
import { mkdir, open, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { assertStorageKey, FileStorage, StoredObject, StoredObjectNotFound, StorageWriteAborted } from './file-storage.js';

/**
 * Files under one directory (default `DATA_DIR/uploads`), which nothing serves statically. A write
 * goes to a temporary name beside its target and is renamed into place only once complete, so a
 * reader never sees half a file and an aborted write leaves nothing behind.
 */
export class LocalDiskStorage extends FileStorage {
  private readonly root: string;

  constructor(root: string) {
    super();
    this.root = resolve(root);
  }

  async write(key: string, source: Readable): Promise<StoredObject> {
    const target = this.pathOf(key);
    // Slides, photos and dossiers are private until an organiser shares them: 0700 folders, 0600 files.
    await ensurePrivateFolder(this.root);
    await mkdir(dirname(target), { recursive: true, mode: 0o700 });
    const partial = `${target}.${randomBytes(6).toString('hex')}.partial`;
    const handle = await open(partial, 'wx', PRIVATE_FILE_MODE);
    let size = 0;
    try {
      const output = handle.createWriteStream({ highWaterMark: 1024 * 1024 });
      source.on('data', (chunk: Buffer) => (size += chunk.length));
      await pipeline(source, output);
      await rename(partial, target);
      return { key, size };
    } catch (error) {
      await handle.close().catch(() => undefined);
      await rm(partial, { force: true });
      throw error instanceof StorageWriteAborted ? error : new StorageWriteAborted(error instanceof Error ? error.message : String(error), { cause: error });
    }
  }

  async read(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new StoredObjectNotFound(key);
    } catch (error) {
      if (error instanceof StoredObjectNotFound || (error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredObjectNotFound(key);
      throw error;
    }
    return createReadStream(path);
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch {
      return false;
    }
  }

  private pathOf(key: string): string {
    assertStorageKey(key);
    const path = join(this.root, ...key.split('/'));
    // assertStorageKey already refuses dot segments; this is the belt to its braces.
    if (!path.startsWith(this.root + '/')) throw new Error(`Invalid storage key "${key}"`);
    return path;
  }
}
