import { type EventContext, holdsEventRole } from '@app/auth';
import { AwardsError } from './awards.error.js';

/** Organisers (and platform admins) nominate any city of the registry; representatives only their own. */
export function mayNominateAnyCity(event: EventContext): boolean {
  return holdsEventRole(event, 'organiser');
}

/** A representative nominates only a city they represent, with the role still held. */
export function requireMayNominate(event: EventContext, represents: boolean, cityName: string): void {
  if (!mayNominateAnyCity(event) && !represents)
    throw new AwardsError('MAY_NOT_NOMINATE', `You do not represent ${cityName}; a representative may nominate only the cities they represent`, {
      city: cityName,
    });
}

/** Until the release time has passed, a round's winners are the organisers' and the jury's business only. */
export function requireWinnersAnnounced(released: boolean): void {
  if (!released) throw new AwardsError('WINNERS_NOT_ANNOUNCED', 'The winners of this round have not been announced yet');
}
