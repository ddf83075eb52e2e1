/**
 * `attachment` with the file name twice (RFC 6266): `filename*` in UTF-8 for every client that reads
 * it, so "badge-Nguyễn Thị Lan.pdf" arrives intact, and a plain ASCII `filename` for the rest.
 */
export function attachment(filename: string): string {
  const fallback = filename
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[đĐ]/g, (letter) => (letter === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  // RFC 5987 attr-char: everything else percent-encoded, including the characters encodeURIComponent keeps.
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
