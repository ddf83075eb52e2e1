export { DocumentFonts, type FontFace, type FontWeight } from './document-fonts.js';
export { type Area, type DocumentIdentity, type DocumentSignatory, drawLetterhead, drawSignatures, eventNameIn } from './document-identity.js';
export { DocumentsModule } from './documents.module.js';
export { MixedScriptText, type TextBox } from './mixed-script-text.js';
export { PdfTable, type PdfTableLayout } from './pdf-table.js';
export type { PdfFile } from './pdf-file.js';
export { documentDate } from './document-dates.js';
