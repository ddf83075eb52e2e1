import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/components';
import type { Session } from './programme-api';

type Channel = Session['interpretation'][number];

/** "vi = https://…" or "th = Channel 2", one language a line: short to type, plain to read back. */
export const channelsText = (channels: Channel[]) => channels.map((channel) => `${channel.language} = ${channel.link ?? channel.channel ?? ''}`).join('\n');

export function parseChannels(text: string): Channel[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [language, ...rest] = line.split(/\s*[=:]\s*/);
      const value = rest.join(':').trim();
      // A line without "=" is sent as it is: the API names what is wrong with it.
      return /^https:\/\//.test(value) ? { language: language.toLowerCase(), link: value } : { language: language.toLowerCase(), channel: value || undefined };
    });
}

/** The stream and interpretation of a session: for registered delegates only, never in public exports. */
export function AccessFields({
  streamUrl,
  channels,
  errors,
  onStreamUrl,
  onChannels,
  hint,
}: {
  streamUrl: string;
  channels: string;
  errors: Record<string, string[]>;
  onStreamUrl: (value: string) => void;
  onChannels: (value: string) => void;
  /** What else the reader should know, e.g. that a room's are used by its sessions. */
  hint?: string;
}) {
  const { t } = useTranslation('programme');
  return (
    <fieldset className="programme-when">
      <legend>{t('access.legend')}</legend>
      <p className="hint">{t('access.private')}</p>
      {hint && <p className="hint">{hint}</p>}
      <Field label={t('access.streamUrl')} hint={t('access.streamUrlHint')} error={errors.streamUrl}>
        {(props) => <input {...props} type="url" inputMode="url" value={streamUrl} onChange={(e) => onStreamUrl(e.target.value)} />}
      </Field>
      <Field label={t('access.interpretation')} hint={t('access.interpretationHint')} error={errors.interpretation}>
        {(props) => <textarea {...props} rows={2} value={channels} onChange={(e) => onChannels(e.target.value)} />}
      </Field>
    </fieldset>
  );
}
