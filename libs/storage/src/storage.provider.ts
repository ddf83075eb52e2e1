import type { Provider } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { join } from 'node:path';
import { FileStorage } from './file-storage.js';
import { LocalDiskStorage } from './local-disk-storage.js';
import { S3Storage } from './s3-storage.js';

/** S3 when S3_ENDPOINT and S3_BUCKET (with credentials, checked at boot) are set; else local disk. */
export function createFileStorage(config: AppConfig): FileStorage {
  if (config.S3_ENDPOINT && config.S3_BUCKET) {
    return new S3Storage({
      endpoint: config.S3_ENDPOINT,
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      accessKeyId: config.S3_ACCESS_KEY_ID!,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
    });
  }
  return new LocalDiskStorage(config.UPLOADS_DIR ?? join(config.DATA_DIR, 'uploads'));
}

export const fileStorageProvider: Provider = { provide: FileStorage, useFactory: createFileStorage, inject: [AppConfig] };
