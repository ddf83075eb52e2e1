import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Schemas, unwrap } from '../api/client';
import { errorText } from '../api/error-text';
import { formatDay, formatTime } from '../ui/time';
import { delegateToken } from './delegate-device';

export type AgendaEntry = Schemas['AgendaEntryResponse'];
type Message = { kind: 'notice' | 'error'; text: string };
interface Timed {
  id: string;
  start: string;
  end: string;
}

/**
 * The agenda of the delegate whose private link was opened on this device, with sign-up and withdraw.
 * The api keeps the rules (seat limits, waiting list, clashes); a 409 clash is said with the other session.
 */
export function useMyAgenda(slug: string, zone: string, titleOf: (sessionId: string) => string | undefined, enabled = true) {
  const { t, i18n } = useTranslation('public');
  const client = useQueryClient();
  // The embedded timetable on another site never reads a delegate's private link.
  const token = enabled ? delegateToken(slug) : null;
  const [messages, setMessages] = useState<Record<string, Message>>({});
  const agenda = useQuery({
    queryKey: ['agenda', token],
    queryFn: () => unwrap(api.GET('/registrations/manage/{token}/agenda', { params: { path: { token: token! } } })),
    enabled: token !== null,
    retry: false,
  });
  const say = (sessionId: string, message: Message) => setMessages((all) => ({ ...all, [sessionId]: message }));

  function explain(error: unknown): string {
    if (error instanceof ApiError && error.status === 409) {
      const other = error.details as { title?: string; startsAt?: string; endsAt?: string } | undefined;
      if (other?.title && other.startsAt && other.endsAt) {
        const time = `${formatDay(other.startsAt.slice(0, 10), i18n.language, 'short')}, ${formatTime(other.startsAt, zone, i18n.language)}–${formatTime(other.endsAt, zone, i18n.language)}`;
        return t('agenda.conflict', { title: other.title, time });
      }
    }
    return errorText(t, error);
  }

  const signUp = useMutation({
    mutationFn: (sessionId: string) => unwrap(api.POST('/registrations/manage/{token}/agenda', { params: { path: { token: token! } }, body: { sessionId } })),
    onSuccess: (entry, sessionId) => {
      say(sessionId, { kind: 'notice', text: t(entry.state === 'signed-up' ? 'agenda.signedUpNotice' : 'agenda.waitlistedNotice') });
      void client.invalidateQueries({ queryKey: ['agenda', token] });
    },
    onError: (error, sessionId) => say(sessionId, { kind: 'error', text: explain(error) }),
  });
  const leave = useMutation({
    mutationFn: (sessionId: string) =>
      unwrap(api.DELETE('/registrations/manage/{token}/agenda/{sessionId}', { params: { path: { token: token!, sessionId } } })),
    onSuccess: (_, sessionId) => {
      say(sessionId, { kind: 'notice', text: t('agenda.leftNotice') });
      void client.invalidateQueries({ queryKey: ['agenda', token] });
    },
    onError: (error, sessionId) => say(sessionId, { kind: 'error', text: explain(error) }),
  });

  const entries = new Map((agenda.data?.entries ?? []).map((entry) => [entry.sessionId, entry]));
  /** The title of an agenda session overlapping this one (a parallel one), in the reader's language, if any. */
  const clashOf = (session: Timed): string | undefined => {
    if (entries.has(session.id)) return undefined;
    const clash = agenda.data?.entries.find(
      (entry) => Date.parse(entry.startsAt) < Date.parse(session.end) && Date.parse(session.start) < Date.parse(entry.endsAt),
    );
    return clash && (titleOf(clash.sessionId) ?? clash.title);
  };

  return {
    active: token !== null && agenda.isSuccess,
    entries,
    messages,
    clashOf,
    busy: signUp.isPending || leave.isPending,
    signUp: (sessionId: string) => signUp.mutate(sessionId),
    leave: (sessionId: string) => leave.mutate(sessionId),
  };
}

export type MyAgenda = ReturnType<typeof useMyAgenda>;
