import { detectPhotoType } from '@app/storage';
import type { Readable } from 'node:stream';
import sharp from 'sharp';
import { EventsError } from '../events.error.js';

/** An emblem or a signature is a small picture: 2 MB is far more than a crisp 600 dpi logo needs. */
export const IDENTITY_IMAGE_MAX_BYTES = 2 * 1024 * 1024;

export interface IdentityImageUpload {
  stream: Readable;
  /** True once the transport cut the file at its size limit. */
  truncated(): boolean;
}

export interface IdentityImage {
  bytes: Buffer;
  mediaType: 'image/png' | 'image/jpeg';
}

/**
 * Reads an emblem or signature: PNG or JPEG by its content (pdfkit draws only these), re-encoded so no
 * metadata and no malformed image reaches a document.
 */
export async function readIdentityImage(file: IdentityImageUpload): Promise<IdentityImage> {
  let bytes: Buffer;
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of file.stream) chunks.push(chunk as Buffer);
    bytes = Buffer.concat(chunks);
  } catch (error) {
    if (file.truncated() || (error as { statusCode?: number }).statusCode === 413) throw tooLarge();
    throw new EventsError('UPLOAD_INTERRUPTED', 'The upload was interrupted before the image was complete');
  }
  if (file.truncated()) throw tooLarge();
  if (bytes.length === 0) throw new EventsError('FILE_EMPTY', 'The file is empty');
  const type = await detectPhotoType(bytes);
  if (!type || type.extension === 'webp')
    throw new EventsError('FILE_TYPE_REFUSED', 'An emblem or signature must be PNG or JPEG (detected from the content)', { accepted: ['PNG', 'JPEG'] });
  try {
    const image = sharp(bytes, { failOn: 'error' }).rotate();
    return type.extension === 'png'
      ? { bytes: await image.png().toBuffer(), mediaType: 'image/png' }
      : { bytes: await image.jpeg({ quality: 92 }).toBuffer(), mediaType: 'image/jpeg' };
  } catch {
    throw new EventsError('IMAGE_UNREADABLE', 'The file could not be read as an image');
  }
}

function tooLarge(): EventsError {
  return new EventsError('FILE_TOO_LARGE', `The image is larger than ${IDENTITY_IMAGE_MAX_BYTES / 1024 / 1024} MB`, { limitBytes: IDENTITY_IMAGE_MAX_BYTES });
}
