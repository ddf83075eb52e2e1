import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Field } from '../../ui/components';
import { ConfirmButton } from './confirm-button';
import { AccessFields, channelsText, parseChannels } from '../programme/access-fields';
import {
  addRoom,
  addTrack,
  type EventDetail,
  removeRoom,
  removeTrack,
  type Room,
  type RoomAccess,
  type Track,
  updateRoom,
  updateTrack,
  useEventChange,
  useRoomAccess,
} from './settings-api';
import { useRefusals } from './refusals';
import { namesToSend, TranslatedNameFields } from './translated-name-fields';

const eventKey = (slug: string) => [['event', slug]];
const roomKeys = (slug: string) => [
  ['event', slug],
  ['room-access', slug],
];

function RoomForm({ slug, room, access, languages }: { slug: string; room?: Room; access?: RoomAccess; languages: string[] }) {
  const { t } = useTranslation('settings');
  const [name, setName] = useState(room?.name ?? '');
  const [names, setNames] = useState(room?.translations ?? {});
  const [capacity, setCapacity] = useState(room ? String(room.capacity) : '');
  const [locationNote, setLocationNote] = useState(room?.locationNote ?? '');
  const [streamUrl, setStreamUrl] = useState(access?.streamUrl ?? '');
  const [channels, setChannels] = useState(channelsText(access?.interpretation ?? []));
  const save = useEventChange(roomKeys(slug), () => {
    const body = {
      name,
      capacity: Number(capacity),
      locationNote,
      translations: namesToSend(names, languages, ['name', 'locationNote']),
      streamUrl: streamUrl.trim() || null,
      interpretation: parseChannels(channels),
    };
    return room ? updateRoom(slug, room.id, body) : addRoom(slug, body);
  });
  const remove = useEventChange(eventKey(slug), () => removeRoom(slug, room!.id));
  const { fields: errors, general } = useRefusals(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form onSubmit={submit} noValidate className="row-form" aria-label={room?.name ?? t('rooms.add')}>
      <ErrorMessage error={general ?? remove.error} />
      <Field label={t('rooms.name')} error={errors.name} required>
        {(props) => <input {...props} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <TranslatedNameFields label={t('rooms.name')} languages={languages} value={names} onChange={setNames} />
      <Field label={t('rooms.capacity')} error={errors.capacity} required>
        {(props) => <input {...props} type="number" inputMode="numeric" min={1} value={capacity} onChange={(e) => setCapacity(e.target.value)} />}
      </Field>
      <Field label={t('rooms.locationNote')} error={errors.locationNote}>
        {(props) => <input {...props} value={locationNote} maxLength={500} onChange={(e) => setLocationNote(e.target.value)} />}
      </Field>
      <TranslatedNameFields label={t('rooms.locationNote')} languages={languages} value={names} onChange={setNames} field="locationNote" maxLength={500} />
      <AccessFields
        streamUrl={streamUrl}
        channels={channels}
        errors={errors}
        onStreamUrl={setStreamUrl}
        onChannels={setChannels}
        hint={t('rooms.accessHint')}
      />
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {room ? t('rooms.save') : t('rooms.add')}
        </button>
        {room && (
          <ConfirmButton
            label={t('rooms.remove')}
            question={t('rooms.removeConfirm', { name: room.name })}
            busy={remove.isPending}
            onConfirm={() => remove.mutate(undefined)}
          />
        )}
      </div>
    </form>
  );
}

export function RoomsSection({ event }: { event: EventDetail }) {
  const { t } = useTranslation('settings');
  const access = useRoomAccess(event.slug);
  const accessOf = new Map((access.data ?? []).map((entry) => [entry.roomId, entry]));
  return (
    <section aria-labelledby="rooms-heading" className="settings-section">
      <h2 id="rooms-heading">{t('rooms.title')}</h2>
      {event.rooms.length === 0 && <p>{t('rooms.empty')}</p>}
      {/* Each form starts from its room's stream, so it waits for them. */}
      {!access.isPending &&
        event.rooms.map((room) => <RoomForm key={room.id} slug={event.slug} room={room} access={accessOf.get(room.id)} languages={event.languages.slice(1)} />)}
      {/* A fresh, empty form after each room added. */}
      <RoomForm key={`new-${event.rooms.length}`} slug={event.slug} languages={event.languages.slice(1)} />
    </section>
  );
}

function TrackForm({ slug, track, languages }: { slug: string; track?: Track; languages: string[] }) {
  const { t } = useTranslation('settings');
  const [name, setName] = useState(track?.name ?? '');
  const [names, setNames] = useState(track?.translations ?? {});
  const [colour, setColour] = useState(track?.colour ?? '#1f77b4');
  const save = useEventChange(eventKey(slug), () => {
    const body = { name, colour, translations: namesToSend(names, languages) };
    return track ? updateTrack(slug, track.id, body) : addTrack(slug, body);
  });
  const remove = useEventChange(eventKey(slug), () => removeTrack(slug, track!.id));
  const { fields: errors, general } = useRefusals(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(undefined);
  };
  return (
    <form onSubmit={submit} noValidate className="row-form" aria-label={track?.name ?? t('tracks.add')}>
      <ErrorMessage error={general ?? remove.error} />
      <Field label={t('tracks.name')} error={errors.name} required>
        {(props) => <input {...props} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <TranslatedNameFields label={t('tracks.name')} languages={languages} value={names} onChange={setNames} />
      <Field label={t('tracks.colour')} error={errors.colour} required>
        {(props) => <input {...props} type="color" value={colour} onChange={(e) => setColour(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" disabled={save.isPending}>
          {track ? t('tracks.save') : t('tracks.add')}
        </button>
        {track && (
          <ConfirmButton
            label={t('tracks.remove')}
            question={t('tracks.removeConfirm', { name: track.name })}
            busy={remove.isPending}
            onConfirm={() => remove.mutate(undefined)}
          />
        )}
      </div>
    </form>
  );
}

export function TracksSection({ event }: { event: EventDetail }) {
  const { t } = useTranslation('settings');
  return (
    <section aria-labelledby="tracks-heading" className="settings-section">
      <h2 id="tracks-heading">{t('tracks.title')}</h2>
      {event.tracks.length === 0 && <p>{t('tracks.empty')}</p>}
      {event.tracks.map((track) => (
        <TrackForm key={track.id} slug={event.slug} track={track} languages={event.languages.slice(1)} />
      ))}
      <TrackForm key={`new-${event.tracks.length}`} slug={event.slug} languages={event.languages.slice(1)} />
    </section>
  );
}
