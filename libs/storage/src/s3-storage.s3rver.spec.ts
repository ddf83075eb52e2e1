import { CreateBucketCommand, ListMultipartUploadsCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { s3ClientConfig, S3Storage, type S3StorageOptions } from './s3-storage.js';
import { describeStorageContract } from './storage-contract.js';

// s3rver: an S3-compatible server from the npm registry (MinIO is on neither npm nor Debian), on loopback,
// with its files in a temporary directory. It implements neither AbortMultipartUpload nor ListMultipartUploads,
// so "nothing left behind" is checked here for objects only; the faked edge (s3-storage.spec.ts) checks that
// the storage aborts the multipart upload, and a bucket lifecycle rule should expire incomplete uploads in production.
describeStorageContract('S3Storage against s3rver', async () => {
  const directory = await mkdtemp(join(tmpdir(), 'plenary-s3rver-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const { port } = (await server.run()) as { port: number };
  const options: S3StorageOptions = {
    endpoint: `http://127.0.0.1:${port}`,
    bucket: 'plenary-test',
    region: 'us-east-1',
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
  };
  const client = new S3Client(s3ClientConfig(options));
  await client.send(new CreateBucketCommand({ Bucket: options.bucket }));
  return {
    storage: new S3Storage(options),
    leftovers: async () => {
      const objects = await client.send(new ListObjectsV2Command({ Bucket: options.bucket }));
      const uploads = await client.send(new ListMultipartUploadsCommand({ Bucket: options.bucket })).catch(() => ({ Uploads: [] }));
      return [...(objects.Contents ?? []).map((object) => object.Key!), ...(uploads.Uploads ?? []).map((upload) => `upload:${upload.Key}`)];
    },
    close: async () => {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
});
