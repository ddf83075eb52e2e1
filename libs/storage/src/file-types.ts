import { fileTypeFromBuffer } from 'file-type';

export interface DetectedType {
  extension: 'pdf' | 'pptx' | 'ppt' | 'key' | 'odp';
  mediaType: string;
}

export interface DetectedPhotoType {
  extension: 'jpg' | 'png' | 'webp';
  mediaType: 'image/jpeg' | 'image/png' | 'image/webp';
}

/** How much of the start of a file the sniffer sees (zip-based formats name their parts early). */
export const SNIFF_BYTES = 1024 * 1024;

const SLIDE_TYPES: Record<string, DetectedType> = {
  pdf: { extension: 'pdf', mediaType: 'application/pdf' },
  pptx: { extension: 'pptx', mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  key: { extension: 'key', mediaType: 'application/vnd.apple.keynote' },
  odp: { extension: 'odp', mediaType: 'application/vnd.oasis.opendocument.presentation' },
};

const POWERPOINT_STREAM = Buffer.from('PowerPoint Document', 'utf16le');

/**
 * A slide format from the file's first bytes, never its name or declared type. PPT is a Compound
 * File (as are .doc, .xls and .msi): it counts only when its "PowerPoint Document" stream is named
 * in the part the sniffer sees.
 */
export async function detectSlideType(head: Buffer): Promise<DetectedType | undefined> {
  const detected = await fileTypeFromBuffer(head);
  if (!detected) return undefined;
  if (detected.ext === 'cfb') {
    return head.includes(POWERPOINT_STREAM) ? { extension: 'ppt', mediaType: 'application/vnd.ms-powerpoint' } : undefined;
  }
  return SLIDE_TYPES[detected.ext];
}

export async function detectPhotoType(head: Buffer): Promise<DetectedPhotoType | undefined> {
  const detected = await fileTypeFromBuffer(head);
  switch (detected?.ext) {
    case 'jpg':
      return { extension: 'jpg', mediaType: 'image/jpeg' };
    case 'png':
      return { extension: 'png', mediaType: 'image/png' };
    case 'webp':
      return { extension: 'webp', mediaType: 'image/webp' };
    default:
      return undefined;
  }
}

export interface DetectedDossierType {
  extension: 'pdf' | 'png' | 'jpg';
  mediaType: 'application/pdf' | 'image/png' | 'image/jpeg';
}

/** A dossier document (a nomination's evidence): PDF, PNG or JPEG. */
export async function detectDossierType(head: Buffer): Promise<DetectedDossierType | undefined> {
  const detected = await fileTypeFromBuffer(head);
  switch (detected?.ext) {
    case 'pdf':
      return { extension: 'pdf', mediaType: 'application/pdf' };
    case 'png':
      return { extension: 'png', mediaType: 'image/png' };
    case 'jpg':
      return { extension: 'jpg', mediaType: 'image/jpeg' };
    default:
      return undefined;
  }
}
