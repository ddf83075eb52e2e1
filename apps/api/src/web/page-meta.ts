import type { INestApplication } from '@nestjs/common';
import { EventsService } from '@app/events';
import { localised, type ProgrammeSnapshot, programmeSpeakers, PublishingService } from '@app/programme';
import { ProfilesService } from '@app/speakers';

/** What a shared link's preview shows: the page's <title> and its Open Graph tags. */
export interface PageMeta {
  title: string;
  description: string;
  /** Absolute URL of the preview image, if the page has one. */
  image?: string;
}

export type DescribePage = (path: string) => Promise<PageMeta | null>;

const SESSION_PAGE = /^\/events\/([^/]+)\/sessions\/([0-9a-f-]{36})\/?$/;
const SPEAKER_PAGE = /^\/events\/([^/]+)\/speakers\/([0-9a-f-]{36})\/?$/;
const DESCRIPTION_LENGTH = 200;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > DESCRIPTION_LENGTH ? `${flat.slice(0, DESCRIPTION_LENGTH - 1)}…` : flat;
}

/**
 * Link previews (chat apps, social sites) read the HTML and run no script, so a session's or speaker's
 * page gets its tags on the server. Only the published programme and public profile fields are read,
 * in the event's first language; anything unknown gives no tags, and the app shows its own not-found.
 */
export function pageDescriber(app: INestApplication, publicUrl: string): DescribePage {
  const latest = async (slug: string): Promise<ProgrammeSnapshot | null> => {
    try {
      const event = await app.get(EventsService).context(slug);
      return (await app.get(PublishingService).latest(event)).snapshot;
    } catch {
      return null;
    }
  };
  return async (path) => {
    const session = SESSION_PAGE.exec(path);
    if (session) {
      const snapshot = await latest(decodeURIComponent(session[1]));
      const found = snapshot?.sessions.find((candidate) => candidate.id === session[2]);
      if (!snapshot || !found) return null;
      const languages = snapshot.event.languages;
      const speakers = [...new Set(found.slots.flatMap((slot) => slot.speakers.map((speaker) => speaker.name)))];
      return {
        title: `${localised(found.title, languages)} · ${snapshot.event.name}`,
        description: shorten(localised(found.abstract, languages) || speakers.join(', ') || snapshot.event.name),
      };
    }
    const speaker = SPEAKER_PAGE.exec(path);
    if (speaker) {
      const snapshot = await latest(decodeURIComponent(speaker[1]));
      const found = snapshot && programmeSpeakers(snapshot).find((candidate) => candidate.userId === speaker[2]);
      if (!snapshot || !found) return null;
      const [profile] = await app.get(ProfilesService).publicProfiles([found]);
      const role = [profile.title, profile.organisation].filter(Boolean).join(', ');
      return {
        title: `${profile.name} · ${snapshot.event.name}`,
        description: shorten(localised(profile.biography, snapshot.event.languages) || role || snapshot.event.name),
        image: profile.hasPhoto ? `${publicUrl}/speakers/${profile.userId}/photo` : undefined,
      };
    }
    return null;
  };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/** index.html with the page's own <title> and Open Graph tags. */
export function withPageMeta(indexHtml: string, meta: PageMeta, url: string): string {
  const tags = [
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
    ...(meta.image ? [`<meta property="og:image" content="${escapeHtml(meta.image)}" />`] : []),
    '<meta name="twitter:card" content="summary" />',
  ].join('\n    ');
  return indexHtml.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(meta.title)}</title>\n    ${tags}`);
}
