import { Injectable } from '@nestjs/common';
import type { EventRef } from '@app/auth';
import { DataSource } from 'typeorm';
import { BADGE_FIELDS, type BadgeLayout, DEFAULT_BADGE_LAYOUT, sheetGrid } from './badge-layout.js';
import type { BadgeLayoutDto, BadgeLayoutResponse } from './badge-layout.dto.js';

/** The event's badge layout, kept per event; an event that never chose prints the default. */
@Injectable()
export class BadgeLayoutService {
  constructor(private readonly dataSource: DataSource) {}

  async layout(eventId: string): Promise<BadgeLayout> {
    const [row] = await this.dataSource.query(`SELECT size, fields, sheet FROM badge_layouts WHERE event_id = $1`, [eventId]);
    return row ?? DEFAULT_BADGE_LAYOUT;
  }

  async get(event: EventRef): Promise<BadgeLayoutResponse> {
    return present(await this.layout(event.id));
  }

  async set(event: EventRef, input: BadgeLayoutDto): Promise<BadgeLayoutResponse> {
    // Stored in one order whatever order they were ticked in.
    const fields = BADGE_FIELDS.filter((field) => input.fields.includes(field));
    await this.dataSource.query(
      `INSERT INTO badge_layouts (event_id, size, fields, sheet) VALUES ($1, $2, $3, $4)
       ON CONFLICT (event_id) DO UPDATE SET size = EXCLUDED.size, fields = EXCLUDED.fields, sheet = EXCLUDED.sheet, updated_at = now()`,
      [event.id, input.size, fields, input.sheet],
    );
    return present({ size: input.size, fields, sheet: input.sheet });
  }
}

function present(layout: BadgeLayout): BadgeLayoutResponse {
  const grid = sheetGrid(layout.size);
  return { ...layout, perSheet: grid.columns * grid.rows };
}
