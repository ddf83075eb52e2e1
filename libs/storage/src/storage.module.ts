import { Module } from '@nestjs/common';
import { FileStorage } from './file-storage.js';
import { fileStorageProvider } from './storage.provider.js';

/** The one storage port (disk or S3, from config) that slides, photos and dossiers are kept in. */
@Module({ providers: [fileStorageProvider], exports: [FileStorage] })
export class StorageModule {}
