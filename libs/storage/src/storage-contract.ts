import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { FileStorage, StoredObjectNotFound, StorageWriteAborted } from './file-storage.js';

export interface StorageUnderTest {
  storage: FileStorage;
  /** Everything the implementation holds, temporary or not (for "nothing left behind"). */
  leftovers(): Promise<string[]>;
  close(): Promise<void>;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** A source that yields some chunks and then fails, as a client cut off mid-upload does. */
function failingSource(bytesBeforeFailure: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= bytesBeforeFailure) {
        this.destroy(new Error('connection reset by peer'));
        return;
      }
      const chunk = randomBytes(Math.min(64 * 1024, bytesBeforeFailure - sent));
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

/** The behaviour every FileStorage must have; each implementation's spec runs it. */
export function describeStorageContract(name: string, open: () => Promise<StorageUnderTest>): void {
  describe(`${name} (storage contract)`, () => {
    let subject: StorageUnderTest;
    beforeEach(async () => {
      subject = await open();
    });
    afterEach(async () => {
      await subject.close();
    });

    it('stores a stream under a key and reads the same bytes back', async () => {
      const bytes = randomBytes(300_000);
      const stored = await subject.storage.write('slides/abc/v1', Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]));
      expect(stored).toEqual({ key: 'slides/abc/v1', size: bytes.length });
      expect(await subject.storage.exists('slides/abc/v1')).toBe(true);
      expect((await readAll(await subject.storage.read('slides/abc/v1'))).equals(bytes)).toBe(true);
    });

    it('stores a file larger than one upload part', async () => {
      const bytes = randomBytes(6 * 1024 * 1024 + 17);
      const chunks = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) => bytes.subarray(i * 65536, (i + 1) * 65536));
      await subject.storage.write('slides/big', Readable.from(chunks));
      expect((await readAll(await subject.storage.read('slides/big'))).equals(bytes)).toBe(true);
    });

    it('stores an empty file', async () => {
      await subject.storage.write('empty', Readable.from([Buffer.alloc(0)]));
      expect((await readAll(await subject.storage.read('empty'))).length).toBe(0);
    });

    it('says a missing key is missing', async () => {
      expect(await subject.storage.exists('nothing/here')).toBe(false);
      await expect(subject.storage.read('nothing/here')).rejects.toBeInstanceOf(StoredObjectNotFound);
    });

    it('deletes, and deleting what is not there is no error', async () => {
      await subject.storage.write('photos/p1', Readable.from([Buffer.from('x')]));
      await subject.storage.delete('photos/p1');
      await subject.storage.delete('photos/p1');
      expect(await subject.storage.exists('photos/p1')).toBe(false);
      await expect(subject.storage.read('photos/p1')).rejects.toBeInstanceOf(StoredObjectNotFound);
    });

    it('leaves nothing behind when the source fails mid-stream', async () => {
      await expect(subject.storage.write('slides/cut', failingSource(200_000))).rejects.toBeInstanceOf(StorageWriteAborted);
      expect(await subject.storage.exists('slides/cut')).toBe(false);
      expect(await subject.leftovers()).toEqual([]);
    });

    it('leaves nothing behind when a large source fails after several parts', async () => {
      await expect(subject.storage.write('slides/cut-large', failingSource(11 * 1024 * 1024))).rejects.toBeInstanceOf(StorageWriteAborted);
      expect(await subject.leftovers()).toEqual([]);
    });

    it.each(['../escape', 'a/../../b', '/etc/passwd', 'UPPER', 'a//b', 'a/./b', '', 'a\u0000b', 'a\\b'])('refuses the key %j', async (key: string) => {
      await expect(subject.storage.write(key, Readable.from([Buffer.from('x')]))).rejects.toThrow(/Invalid storage key/);
      await expect(subject.storage.read(key)).rejects.toThrow(/Invalid storage key/);
    });
  });
}
