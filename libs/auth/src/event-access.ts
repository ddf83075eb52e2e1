import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from './auth-user.js';
import type { EventRole } from './event-role.js';
import { AuthError } from './auth.error.js';

/** Does this caller hold one of these roles on that event? Platform admins always do. */
@Injectable()
export class EventAccess {
  constructor(private readonly dataSource: DataSource) {}

  async require(user: AuthUser, slug: string | undefined, roles: EventRole[]): Promise<void> {
    const rows: { held: EventRole | null }[] = await this.dataSource.query(
      `SELECT r.role AS held FROM events e
         LEFT JOIN event_roles r ON r.event_id = e.id AND r.user_id = $2 AND r.role = ANY($3)
        WHERE e.slug = $1`,
      [slug ?? '', user.id, roles],
    );
    if (rows.length === 0) throw new AuthError('EVENT_NOT_FOUND', `No event with slug "${slug}"`, { slug });
    if (user.isPlatformAdmin) return;
    if (!rows.some((row) => row.held)) {
      throw new AuthError('FORBIDDEN_ROLE', `This needs the ${roles.join(' or ')} role on event "${slug}"`, { roles, slug });
    }
  }
}
