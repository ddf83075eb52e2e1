import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { Readable } from 'node:stream';
import { assertStorageKey, FileStorage, StoredObject, StoredObjectNotFound, StorageWriteAborted } from './file-storage.js';

export interface S3StorageOptions {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Everything under this prefix ("uploads/" by default), so a bucket can be shared. */
  prefix?: string;
  /** Tests hand in a client whose HTTP edge is faked. */
  clientOverrides?: Partial<S3ClientConfig>;
}

export function s3ClientConfig(options: S3StorageOptions): S3ClientConfig {
  return {
    endpoint: options.endpoint,
    region: options.region,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
    // Path-style URLs and checksums only when required: what MinIO, Ceph, Garage and friends understand.
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...options.clientOverrides,
  };
}

/**
 * Objects in an S3-compatible store: the path for several api replicas. Uploads go through the
 * SDK's managed upload, which streams in parts (5 MB in memory at most per part) and aborts the
 * multipart upload when the source fails, so a cut-off upload leaves no object.
 */
export class S3Storage extends FileStorage {
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(options: S3StorageOptions) {
    super();
    this.client = new S3Client(s3ClientConfig(options));
    this.bucket = options.bucket;
    this.prefix = options.prefix ?? 'uploads/';
  }

  async write(key: string, source: Readable): Promise<StoredObject> {
    const objectKey = this.objectKey(key);
    let size = 0;
    source.on('data', (chunk: Buffer) => (size += chunk.length));
    const upload = new Upload({ client: this.client, params: { Bucket: this.bucket, Key: objectKey, Body: source }, queueSize: 2, leavePartsOnError: false });
    // The managed upload does not always notice a source that errors after its last read; make it.
    const failed = new Promise<never>((_, reject) => source.once('error', reject));
    try {
      await Promise.race([upload.done(), failed]);
      return { key, size };
    } catch (error) {
      await upload.abort().catch(() => undefined);
      await this.delete(key).catch(() => undefined);
      throw new StorageWriteAborted(error instanceof Error ? error.message : String(error), { cause: error });
    } finally {
      failed.catch(() => undefined);
    }
  }

  async read(key: string): Promise<Readable> {
    try {
      const result = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return result.Body instanceof Readable ? result.Body : Readable.fromWeb(result.Body!.transformToWebStream() as never);
    } catch (error) {
      if (isNotFound(error)) throw new StoredObjectNotFound(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.objectKey(key) }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  private objectKey(key: string): string {
    assertStorageKey(key);
    return `${this.prefix}${key}`;
  }
}

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}
