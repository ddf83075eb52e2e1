import { Injectable } from '@nestjs/common';
import { AuthService, type AuthUser, type EventContext, normaliseEmail, type Session } from '@app/auth';
import { RepresentativesService } from '@app/awards';
import { isConstraintViolation, PG_UNIQUE_VIOLATION } from '@app/database';
import { EventsService } from '@app/events';
import { Outbox } from '@app/notifications';
import { DataSource, type EntityManager } from 'typeorm';
import type { InvitableRole } from './invitable-role.js';
import { hashInvitationToken, newInvitationToken } from './invitation-token.js';
import { roleInvitationKind } from './people-notifications.js';
import { PeopleError } from './people.error.js';

export interface InviteToRole {
  email: string;
  role: InvitableRole;
  name?: string;
  language?: string;
  /** The registry city a representative will speak for; only for that role. */
  cityId?: string;
  expiresInDays?: number;
}

export interface RoleInvitation {
  id: string;
  email: string;
  name: string;
  language: string;
  role: InvitableRole;
  cityId: string | null;
  city: string | null;
  expiresAt: Date;
  createdAt: Date;
}

export interface RoleInvitationView {
  eventSlug: string;
  eventName: string;
  email: string;
  name: string;
  role: InvitableRole;
  city: string | null;
  expiresAt: Date;
  accountExists: boolean;
}

export interface AcceptRoleInvitation {
  displayName?: string;
  password?: string;
}

interface LockedInvitation {
  id: string;
  eventId: string;
  email: string;
  name: string;
  language: string;
  role: InvitableRole;
  cityId: string | null;
  expiresAt: Date;
}

const DEFAULT_EXPIRY_DAYS = 14;
const INVITATION_COLUMNS = `i.id, i.email, i.name, i.language, i.role, i.city_id AS "cityId", i.expires_at AS "expiresAt", i.created_at AS "createdAt"`;
const PENDING = `i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.replaced_at IS NULL`;

/**
 * Invitations to a role on an event: a single-use link by mail, in the invitee's language. Accepting
 * creates the account (or proves it is theirs) and grants the role as an organiser's grant would.
 */
@Injectable()
export class RoleInvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly auth: AuthService,
    private readonly events: EventsService,
    private readonly representatives: RepresentativesService,
  ) {}

  async invite(event: EventContext, inviter: AuthUser, input: InviteToRole): Promise<RoleInvitation> {
    const email = normaliseEmail(input.email);
    return this.translateErrors(() =>
      this.dataSource.transaction(async (manager) => {
        if (input.role === 'representative') await this.representatives.cityOf(manager, event.id, input.cityId ?? '');
        if (await this.auth.holdsEventRole(event.id, email, input.role, manager))
          throw new PeopleError('ROLE_ALREADY_HELD', `${email} already holds the ${input.role} role on this event`, { email, role: input.role });
        // A lapsed invitation would otherwise block a fresh one for ever.
        await manager.query(
          `UPDATE role_invitations i SET replaced_at = now() WHERE event_id = $1 AND email = $2 AND role = $3 AND ${PENDING} AND expires_at <= now()`,
          [event.id, email, input.role],
        );
        const user = await this.auth.findUserByEmail(email, manager);
        return this.issue(manager, {
          eventId: event.id,
          email,
          name: input.name?.trim() || user?.displayName || '',
          language: input.language ?? user?.language ?? 'en',
          role: input.role,
          cityId: input.role === 'representative' ? (input.cityId ?? null) : null,
          invitedBy: inviter.id,
          expiresInDays: input.expiresInDays ?? DEFAULT_EXPIRY_DAYS,
        });
      }),
    );
  }

  /** Pending invitations, newest first. */
  async pending(event: EventContext): Promise<RoleInvitation[]> {
    const rows: Omit<RoleInvitation, 'city'>[] = await this.dataSource.query(
      `SELECT ${INVITATION_COLUMNS} FROM role_invitations i WHERE i.event_id = $1 AND ${PENDING} ORDER BY i.created_at DESC, i.id`,
      [event.id],
    );
    return this.withCityNames(this.dataSource.manager, rows);
  }

  /** A new link (and a new expiry) for a pending invitation; the old link answers "replaced". */
  async resend(event: EventContext, id: string, inviter: AuthUser): Promise<RoleInvitation> {
    return this.dataSource.transaction(async (manager) => {
      const old = await this.byId(manager, event, id);
      await manager.query(`UPDATE role_invitations SET replaced_at = now() WHERE id = $1`, [old.id]);
      return this.issue(manager, { ...old, invitedBy: inviter.id, expiresInDays: DEFAULT_EXPIRY_DAYS });
    });
  }

  async revoke(event: EventContext, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const invitation = await this.byId(manager, event, id);
      await manager.query(`UPDATE role_invitations SET revoked_at = now() WHERE id = $1`, [invitation.id]);
    });
  }

  /** What the link offers, before the invitee answers. */
  async view(event: EventContext, token: string): Promise<RoleInvitationView> {
    const invitation = await this.byToken(this.dataSource.manager, event, token, false);
    const city = invitation.cityId ? (await this.representatives.cityOf(this.dataSource.manager, event.id, invitation.cityId)).name : null;
    return {
      eventSlug: event.slug,
      eventName: event.name,
      email: invitation.email,
      name: invitation.name,
      role: invitation.role,
      city,
      expiresAt: invitation.expiresAt,
      accountExists: await this.signsIn(invitation.email),
    };
  }

  /**
   * Someone new gives a name and a password; someone with an account is either signed in as the invited
   * email or gives its password (checked, and limited, as a login is). An account made without a password
   * gets the one chosen here: the link came to its email. The role, a representative's city and the
   * invitation's use commit together.
   */
  async accept(
    event: EventContext,
    token: string,
    caller: AuthUser | undefined,
    input: AcceptRoleInvitation,
    ip: string,
  ): Promise<{ session: Session; role: InvitableRole }> {
    const offered = await this.byToken(this.dataSource.manager, event, token, false);
    const existing = await this.auth.findUserByEmail(offered.email);
    const signsIn = existing ? await this.auth.canSignIn(existing.id) : false;
    if (signsIn && caller?.id !== existing!.id) {
      if (!input.password) throw accountDetailsRequired(['password'], true);
      await this.auth.verifyPassword(offered.email, input.password, ip);
    }
    if (!signsIn && (!input.password || !input.displayName?.trim())) throw accountDetailsRequired(['displayName', 'password'], false);
    return this.translateErrors(() =>
      this.dataSource.transaction(async (manager) => {
        const invitation = await this.byToken(manager, event, token, true);
        let user = await this.auth.findUserByEmail(invitation.email, manager);
        // An account made for this email, or a password set, since the checks above: we did not check that password.
        if (user && user.id !== existing?.id) throw accountDetailsRequired(['password'], true);
        if (user && !signsIn && !(await this.auth.setFirstPassword(user.id, input.password!, manager))) throw accountDetailsRequired(['password'], true);
        user ??= await this.auth.createUser(
          { email: invitation.email, displayName: input.displayName!, password: input.password, language: invitation.language },
          manager,
        );
        await this.events.grantRoleIn(manager, event, user, invitation.role);
        if (invitation.cityId) await this.representatives.linkIn(manager, event.id, invitation.cityId, user.id);
        await manager.query(`UPDATE role_invitations SET accepted_at = now(), user_id = $2 WHERE id = $1`, [invitation.id, user.id]);
        // Signed in on the same transaction: no session for a role that was not granted.
        return { session: await this.auth.startSession(user.id, manager), role: invitation.role };
      }),
    );
  }

  private async signsIn(email: string): Promise<boolean> {
    const user = await this.auth.findUserByEmail(email);
    return user ? this.auth.canSignIn(user.id) : false;
  }

  private async issue(
    manager: EntityManager,
    input: Omit<LockedInvitation, 'id' | 'expiresAt'> & { invitedBy: string; expiresInDays: number },
  ): Promise<RoleInvitation> {
    const token = newInvitationToken();
    // The mail says who invited and for which city as they were at the invitation.
    const city = input.cityId ? await this.representatives.cityOf(manager, input.eventId, input.cityId) : null;
    const inviter = await this.auth.findUser(input.invitedBy, manager);
    const [{ id }] = await manager.query(
      `INSERT INTO role_invitations (event_id, email, name, language, role, city_id, token_hash, invited_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() + make_interval(days => $9)) RETURNING id`,
      [input.eventId, input.email, input.name, input.language, input.role, input.cityId, hashInvitationToken(token), input.invitedBy, input.expiresInDays],
    );
    await this.outbox.add(manager, {
      eventId: input.eventId,
      kind: roleInvitationKind.kind,
      recipientEmail: input.email,
      recipientName: input.name || input.email,
      language: input.language,
      about: { invitationId: id, inviter: inviter.displayName, ...(city && { city: city.name, country: city.country }) },
      secret: token,
    });
    const [invitation] = await manager.query(`SELECT ${INVITATION_COLUMNS} FROM role_invitations i WHERE i.id = $1`, [id]);
    return { ...invitation, city: city?.name ?? null };
  }

  private async withCityNames(manager: EntityManager, rows: Omit<RoleInvitation, 'city'>[]): Promise<RoleInvitation[]> {
    const names = await this.representatives.cityNames(manager, [...new Set(rows.flatMap((row) => (row.cityId ? [row.cityId] : [])))]);
    return rows.map((row) => ({ ...row, city: row.cityId ? (names.get(row.cityId) ?? null) : null }));
  }

  /** An organiser's handle on a pending invitation of their event, locked. */
  private async byId(manager: EntityManager, event: EventContext, id: string): Promise<LockedInvitation> {
    const [row] = await manager.query(`${LOCKED_SELECT} WHERE i.id = $1 AND i.event_id = $2 FOR UPDATE`, [id, event.id]);
    if (!row) throw new PeopleError('ROLE_INVITATION_NOT_FOUND', 'No such invitation on this event');
    return requirePending(row, false);
  }

  /** The invitation behind a link: 404 when unknown or of another event, 410 once used, revoked, replaced or expired. */
  private async byToken(manager: EntityManager, event: EventContext, token: string, lock: boolean): Promise<LockedInvitation> {
    const [row] = await manager.query(`${LOCKED_SELECT} WHERE i.token_hash = $1 AND i.event_id = $2 ${lock ? 'FOR UPDATE' : ''}`, [
      hashInvitationToken(token),
      event.id,
    ]);
    if (!row) throw new PeopleError('ROLE_INVITATION_NOT_FOUND', 'No such invitation');
    return requirePending(row, true);
  }

  private async translateErrors<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (isConstraintViolation(error, PG_UNIQUE_VIOLATION, 'role_invitations_one_pending')) {
        throw new PeopleError('ROLE_INVITATION_PENDING', 'This person already has a pending invitation to that role; resend or revoke it');
      }
      throw error;
    }
  }
}

const LOCKED_SELECT = `SELECT i.id, i.event_id AS "eventId", i.email, i.name, i.language, i.role, i.city_id AS "cityId", i.expires_at AS "expiresAt",
  i.accepted_at AS "acceptedAt", i.revoked_at AS "revokedAt", i.replaced_at AS "replacedAt" FROM role_invitations i`;

type InvitationRow = LockedInvitation & { acceptedAt: Date | null; revokedAt: Date | null; replacedAt: Date | null };

/** Expiry matters to the link only: an organiser may still resend or revoke a lapsed invitation. */
function requirePending({ acceptedAt, revokedAt, replacedAt, ...row }: InvitationRow, checkExpiry: boolean): LockedInvitation {
  if (acceptedAt) throw new PeopleError('ROLE_INVITATION_USED', 'This invitation has already been accepted', { acceptedAt: acceptedAt.toISOString() });
  if (revokedAt) throw new PeopleError('ROLE_INVITATION_REVOKED', 'The organisers withdrew this invitation', { revokedAt: revokedAt.toISOString() });
  if (replacedAt) throw new PeopleError('ROLE_INVITATION_REPLACED', 'A newer invitation replaced this one; use the link in the latest mail');
  if (checkExpiry && row.expiresAt.getTime() <= Date.now())
    throw new PeopleError('ROLE_INVITATION_EXPIRED', 'This invitation has expired; ask the organisers for a new one', {
      expiresAt: row.expiresAt.toISOString(),
    });
  return row;
}

function accountDetailsRequired(fields: string[], accountExists: boolean): PeopleError {
  return new PeopleError(
    'ACCOUNT_DETAILS_REQUIRED',
    accountExists ? 'An account exists for this email: sign in as it, or give its password' : 'Choose your name and a password for your new account',
    { accountExists, details: fields.map((field) => ({ field, messages: ['required'] })) },
  );
}
