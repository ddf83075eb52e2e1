import { loadConfig } from '@app/config';
import { LocalDiskStorage } from './local-disk-storage.js';
import { S3Storage } from './s3-storage.js';
import { createFileStorage } from './storage.provider.js';

describe('createFileStorage', () => {
  it('uses local disk under DATA_DIR/uploads by default', () => {
    expect(createFileStorage(loadConfig({ DATA_DIR: '/tmp/plenary-x' }))).toBeInstanceOf(LocalDiskStorage);
  });

  it('uses the S3-compatible store when its endpoint, bucket and credentials are set', () => {
    const config = loadConfig({ S3_ENDPOINT: 'http://127.0.0.1:9000', S3_BUCKET: 'plenary', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b' });
    expect(createFileStorage(config)).toBeInstanceOf(S3Storage);
  });

  it('fails at boot, naming what is missing, when only part of the S3 settings is given', () => {
    expect(() => loadConfig({ S3_ENDPOINT: 'http://127.0.0.1:9000', S3_BUCKET: 'plenary' })).toThrow(/S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/);
  });

  it('validates the upload limits', () => {
    expect(loadConfig({}).SLIDES_MAX_BYTES).toBe(200 * 1024 * 1024);
    expect(loadConfig({}).PHOTO_MAX_BYTES).toBe(5 * 1024 * 1024);
    expect(() => loadConfig({ SLIDES_MAX_BYTES: 'lots' })).toThrow(/SLIDES_MAX_BYTES/);
  });
});
