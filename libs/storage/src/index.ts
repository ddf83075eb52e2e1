export {
  detectDossierType,
  detectPhotoType,
  detectSlideType,
  type DetectedDossierType,
  type DetectedPhotoType,
  type DetectedType,
  SNIFF_BYTES,
} from './file-types.js';
export { FileStorage, type StoredObject } from './file-storage.js';
export { StorageModule } from './storage.module.js';
export { createFileStorage } from './storage.provider.js';
export { isTooLarge, sniffUpload, type SniffedUpload } from './upload-stream.js';
