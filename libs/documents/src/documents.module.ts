import { Module } from '@nestjs/common';
import { DocumentFonts } from './document-fonts.js';

/** One set of fonts for every document (badges, visa letters, certificates, run of show): each file read once. */
@Module({ providers: [DocumentFonts], exports: [DocumentFonts] })
export class DocumentsModule {}
