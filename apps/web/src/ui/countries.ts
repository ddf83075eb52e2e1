/** Country names in the reader's language ("VN" → "Vietnam" / "Việt Nam"); the code itself where Intl has none. */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language === 'vi' ? 'vi' : 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
