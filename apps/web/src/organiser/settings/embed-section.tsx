import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../i18n';

const VIEWS = ['grid', 'list'] as const;
const THEMES = ['light', 'dark'] as const;

/** One look of the embedded timetable, chosen from a short list; its words are embed.<name> and embed.<choice>. */
function EmbedChoice<C extends (typeof VIEWS)[number] | (typeof THEMES)[number]>({
  name,
  choices,
  value,
  onChange,
}: {
  name: 'view' | 'theme';
  choices: readonly C[];
  value: C;
  onChange: (value: C) => void;
}) {
  const { t } = useTranslation('settings');
  return (
    <div className="field">
      <label htmlFor={`embed-${name}`}>{t(`embed.${name}`)}</label>
      <select id={`embed-${name}`} value={value} onChange={(event) => onChange(event.target.value as C)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {t(`embed.${choice}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Code to copy into another website, selected whole as soon as it is clicked. */
function Snippet({ id, label, code }: { id: string; label: string; code: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly rows={3} value={code} onFocus={(event) => event.target.select()} />
    </div>
  );
}

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
        <EmbedChoice name="view" choices={VIEWS} value={view} onChange={setView} />
        <EmbedChoice name="theme" choices={THEMES} value={theme} onChange={setTheme} />
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
      <Snippet id="embed-code" label={t('embed.code')} code={code} />
      <p className="actions">
        <button type="button" onClick={copy}>
          {t('embed.copy')}
        </button>
        <span role="status">{copied ? t('embed.copied') : ''}</span>
      </p>
      <Snippet id="embed-frame" label={t('embed.frameCode')} code={frame} />
    </section>
  );
}
