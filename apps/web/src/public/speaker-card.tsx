import { Link } from 'wouter';
import type { PublicSpeaker } from './speakers-data';
import { photoUrl } from './speakers-data';

/** A speaker as a programme prints them: photo (or initials), name, title and organisation. */
export function SpeakerCard({ slug, speaker, fallbackName }: { slug: string; speaker: PublicSpeaker | undefined; fallbackName: string }) {
  const name = speaker?.name ?? fallbackName;
  const role = speaker ? [speaker.title, speaker.organisation].filter(Boolean).join(', ') : '';
  const initials = name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0])
    .join('');
  return (
    <div className="speaker-card">
      {speaker?.hasPhoto ? (
        <img className="speaker-photo" src={photoUrl(speaker)} alt="" width={56} height={56} loading="lazy" />
      ) : (
        <span className="speaker-photo speaker-initials" aria-hidden="true">
          {initials}
        </span>
      )}
      <span className="speaker-text">
        {speaker ? (
          <Link className="speaker-name" href={`/events/${slug}/speakers/${speaker.userId}`}>
            {name}
          </Link>
        ) : (
          <span className="speaker-name">{name}</span>
        )}
        {role && <span className="speaker-role">{role}</span>}
      </span>
    </div>
  );
}
