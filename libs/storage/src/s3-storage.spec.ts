import { FakeS3Edge } from './fake-s3-edge.js';
import { S3Storage } from './s3-storage.js';
import { describeStorageContract } from './storage-contract.js';

// No S3-compatible server can be run here (MinIO is not on npm or Debian; s3rver is unmaintained), so
// the S3 storage runs the contract against a faked HTTP edge: the real SDK signs, serialises and parses.
describeStorageContract('S3Storage', async () => {
  const edge = new FakeS3Edge();
  const storage = new S3Storage({
    endpoint: 'http://s3.test',
    bucket: 'plenary',
    region: 'us-east-1',
    accessKeyId: 'test',
    secretAccessKey: 'test-secret',
    clientOverrides: { requestHandler: edge as never },
  });
  return {
    storage,
    leftovers: async () => [...edge.objects.keys(), ...[...edge.uploads.keys()].map((id) => `upload:${id}`)],
    close: async () => undefined,
  };
});

describe('S3Storage', () => {
  it('keeps every object under its prefix', async () => {
    const edge = new FakeS3Edge();
    const storage = new S3Storage({
      endpoint: 'http://s3.test',
      bucket: 'b',
      region: 'r',
      accessKeyId: 'a',
      secretAccessKey: 's',
      prefix: 'plenary/',
      clientOverrides: { requestHandler: edge as never },
    });
    const { Readable } = await import('node:stream');
    await storage.write('slides/x', Readable.from([Buffer.from('pdf')]));
    expect([...edge.objects.keys()]).toEqual(['plenary/slides/x']);
  });
});
