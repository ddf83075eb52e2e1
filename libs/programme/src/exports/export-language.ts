import { translated } from '@app/config';
import { localised, type ProgrammeSnapshot, type SnapshotSlot } from '../programme-snapshot.js';

type Snapshot = Pick<ProgrammeSnapshot, 'event'>;

/**
 * The words of a published programme in one of its event's languages (`?lang=` of the exports), each text
 * falling back to the event's first language where the organiser gave no translation. Without a language,
 * the event's first.
 */
export function exportWording({ event }: Snapshot, language: string | undefined) {
  const languages = language ? [language, ...event.languages.filter((candidate) => candidate !== language)] : event.languages;
  const named = (item: { name: string; translations?: Parameters<typeof translated>[1] }) => translated(item.name, item.translations, 'name', language);
  return {
    /** In order of preference, for texts given per language (session titles and abstracts). */
    languages,
    eventName: translated(event.name, event.translations, 'name', language),
    eventDescription: translated(event.description ?? '', event.translations, 'description', language),
    venue: translated(event.venue ?? '', event.translations, 'venue', language),
    name: named,
    text: (texts: Record<string, string>) => localised(texts, languages),
    slotTitle: (slot: SnapshotSlot) => (language && slot.translations?.[language]?.title?.trim()) || slot.title,
  };
}
