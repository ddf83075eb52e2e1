/** A file name safe on every desktop: no control characters, separators or reserved punctuation. */
export function safeFileNamePart(text: string, max = 80): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .trim();
  return ([...cleaned].slice(0, max).join('') || 'untitled').trim();
}

/** "Nguyễn Thị Lan - Learning cities after COVID.pdf" */
export function slideFileName(speakers: string[], title: string, extension: string): string {
  const who = speakers.length ? `${safeFileNamePart(speakers.join(', '))} - ` : '';
  return `${who}${safeFileNamePart(title)}.${extension}`;
}

/** "01-Nguyễn Thị Lan-Learning cities after COVID.pdf": speaking order first, for the AV team. */
export function zipEntryName(position: number, speakers: string[], title: string, extension: string): string {
  const who = speakers.length ? `${safeFileNamePart(speakers.join(', '), 60)}-` : '';
  return `${String(position).padStart(2, '0')}-${who}${safeFileNamePart(title, 80)}.${extension}`;
}
