import bold from '@expo-google-fonts/noto-sans-thai/700Bold/NotoSansThai_700Bold.ttf?url';
import regular from '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf?url';

// Thai only: a browser downloads the face the first time a Thai letter is drawn, so other readers never do.
const THAI = 'U+0E01-0E5B, U+200C-200D, U+25CC';

/**
 * Noto Sans Thai, shipped with the app: many phones and desktops (and the test browser) have no Thai
 * font, and Thai pages then show empty boxes. "Plenary Thai" sits in the font stack (ui/styles.css).
 */
export function loadThaiFont(): void {
  if (typeof FontFace === 'undefined') return;
  for (const [url, weight] of [
    [regular, '100 500'],
    [bold, '600 900'],
  ]) {
    document.fonts.add(new FontFace('Plenary Thai', `url(${url}) format('truetype')`, { weight, unicodeRange: THAI, display: 'swap' }));
  }
}
