import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n';

const VIEWS = ['grid', 'list'] as const;
const THEMES = ['light', 'dark'] as const;

/** The code an organiser pastes into their own website to show the published timetable (GET /embed.js, /events/{slug}/embed). */
export function EmbedSection({ slug, name }: { slug: string; name: string }) {
  const { t } = useTranslation('settings');
  const [view, setView] = useState<(typeof VIEWS)[number]>('grid');
  const [theme, setTheme] = useState<(typeof THEMES)[number]>('light');
  const [accent, setAccent] = useState('#0b5cad');
  const [language, setLanguage] = useState('');
  const [copied, setCopied] = useState(false);
  const origin = window.location.origin;
  const title = t('embed.frameTitle', { name });
  const options: [string, string][] = [
    ['accent', accent],
    ['theme', theme === 'dark' ? 'dark' : ''],
    ['lang', language],
    ['view', view === 'list' ? 'list' : ''],
  ];
  const attributes = options
    .filter(([, value]) => value)
    .map(([key, value]) => ` data-${key}="${value}"`)
    .join('');
  const escaped = title.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const code = `<script src="${origin}/embed.js" data-event="${slug}"${attributes} data-title="${escaped}" async></script>`;
  const query = new URLSearchParams(options.filter(([, value]) => value)).toString();
  const frame = `<iframe src="${origin}/events/${slug}/embed?${query}" title="${escaped}" style="width:100%;height:800px;border:0"></iframe>`;
  const copy = () =>
    void navigator.clipboard.writeText(code).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <section aria-labelledby="embed-heading" className="settings-section">
      <h2 id="embed-heading">{t('embed.title')}</h2>
      <p className="hint">{t('embed.intro')}</p>
      <div className="embed-options">
        <div className="field">
          <label htmlFor="embed-view">{t('embed.view')}</label>
          <select id="embed-view" value={view} onChange={(event) => setView(event.target.value as typeof view)}>
            {VIEWS.map((value) => (
              <option key={value} value={value}>
                {t(`embed.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="embed-theme">{t('embed.theme')}</label>
          <select id="embed-theme" value={theme} onChange={(event) => setTheme(event.target.value as typeof theme)}>
            {THEMES.map((value) => (
              <option key={value} value={value}>
                {t(`embed.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="embed-accent">{t('embed.accent')}</label>
          <input id="embed-accent" type="color" value={accent} onChange={(event) => setAccent(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="embed-language">{t('embed.language')}</label>
          <select id="embed-language" value={language} onChange={(event) => setLanguage(event.target.value)}>
            <option value="">{t('embed.visitorLanguage')}</option>
            {LANGUAGES.map((value) => (
              <option key={value} value={value}>
                {t(`languageNames.${value}`, { ns: 'common' })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor="embed-code">{t('embed.code')}</label>
        <textarea id="embed-code" readOnly rows={3} value={code} onFocus={(event) => event.target.select()} />
      </div>
      <p className="actions">
        <button type="button" onClick={copy}>
          {t('embed.copy')}
        </button>
        <span role="status">{copied ? t('embed.copied') : ''}</span>
      </p>
      <div className="field">
        <label htmlFor="embed-frame">{t('embed.frameCode')}</label>
        <textarea id="embed-frame" readOnly rows={3} value={frame} onFocus={(event) => event.target.select()} />
      </div>
    </section>
  );
}
