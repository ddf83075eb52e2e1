import { Injectable } from '@nestjs/common';
import type { EventRef } from '@app/auth';
import { DataSource } from 'typeorm';
import type { CreateDelegationDto, RegisterDto } from './dto/registration.dto.js';
import { actAs } from './registration-actor.js';
import { RegistrationService } from './registration.service.js';
import type { RegistrationEntity } from './registration.entity.js';
import { RegistrationError } from './registration.error.js';

export interface DelegationWithMembers {
  id: string;
  city: string;
  country: string;
  gnlcMember: boolean;
  members: { id: string; fullName: string; email: string; state: string; isHead: boolean; category: string }[];
}

/** City delegations: a head registers the city and its members; each member is a registration of its own. */
@Injectable()
export class DelegationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registrations: RegistrationService,
  ) {}

  /** The head and every member in one transaction: all registered, or none. */
  async create(event: EventRef, input: CreateDelegationDto): Promise<{ delegationId: string; registrations: RegistrationEntity[] }> {
    return this.dataSource.transaction(async (manager) => {
      await actAs(manager, 'delegate');
      const settings = await this.registrations.openSettings(manager, event.id);
      const [{ id: delegationId }] = await manager.query(
        `INSERT INTO delegations (event_id, city, country, gnlc_member) VALUES ($1, $2, $3, $4) RETURNING id`,
        [event.id, input.city, input.country.toUpperCase(), input.gnlcMember],
      );
      const created = [await this.registrations.registerIn(manager, settings, input.head, { delegationId, isDelegationHead: true })];
      for (const member of input.members) {
        created.push(await this.registrations.registerIn(manager, settings, member, { delegationId }));
      }
      return { delegationId, registrations: created };
    });
  }

  async addMember(headToken: string, member: RegisterDto): Promise<RegistrationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const head = await this.headOf(headToken, manager);
      const settings = await this.registrations.openSettings(manager, head.eventId);
      return this.registrations.registerIn(manager, settings, member, { delegationId: head.delegationId! });
    });
  }

  async removeMember(headToken: string, memberId: string): Promise<RegistrationEntity> {
    return this.dataSource.transaction(async (manager) => {
      const head = await this.headOf(headToken, manager);
      await this.registrations.openSettings(manager, head.eventId);
      const member = await this.registrations.findInEvent(head.eventId, memberId, manager, true);
      if (member.delegationId !== head.delegationId || member.isDelegationHead)
        throw new RegistrationError('DELEGATION_MEMBER_NOT_FOUND', `No member ${memberId} in this delegation`, { memberId });
      return this.registrations.cancelIn(manager, member);
    });
  }

  async list(eventId: string, delegationId?: string): Promise<DelegationWithMembers[]> {
    const rows = await this.dataSource.query(
      `SELECT d.id, d.city, d.country, d.gnlc_member AS "gnlcMember",
              coalesce(json_agg(json_build_object('id', r.id, 'fullName', r.full_name, 'email', r.email, 'state', r.state,
                         'isHead', r.is_delegation_head, 'category', c.code) ORDER BY r.is_delegation_head DESC, r.queue_number)
                       FILTER (WHERE r.id IS NOT NULL), '[]') AS members
         FROM delegations d
         LEFT JOIN registrations r ON r.delegation_id = d.id
         LEFT JOIN registration_categories c ON c.id = r.category_id
        WHERE d.event_id = $1 AND ($2::uuid IS NULL OR d.id = $2)
        GROUP BY d.id ORDER BY d.country, d.city`,
      [eventId, delegationId ?? null],
    );
    return rows;
  }

  private async headOf(token: string, manager: import('typeorm').EntityManager): Promise<RegistrationEntity> {
    const head = await this.registrations.findByToken(token, manager, true);
    await actAs(manager, 'delegate');
    if (!head.isDelegationHead || !head.delegationId)
      throw new RegistrationError('NOT_DELEGATION_HEAD', 'Only the head of a delegation can change its members');
    if (head.state === 'cancelled' || head.state === 'rejected')
      throw new RegistrationError('DELEGATION_HEAD_ENDED', `The head's registration is ${head.state}`, { state: head.state });
    return head;
  }
}
