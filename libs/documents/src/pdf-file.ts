import type { Readable } from 'node:stream';

/** A PDF on its way out: the controller names the download, the stream is drawn as it is read. */
export interface PdfFile {
  filename: string;
  stream: Readable;
}
