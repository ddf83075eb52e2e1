import type { Translations } from '@app/config';
import type { InterpretationChannel } from './access/interpretation.js';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('rooms')
export class RoomEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'event_id' }) eventId: string;
  @Column('text') name: string;
  @Column('jsonb') translations: Translations<'name' | 'locationNote'>;
  @Column('integer') capacity: number;
  @Column('text', { name: 'location_note' }) locationNote: string;
  /** Registered delegates only, like the sessions' own: never in a public response. */
  @Column('text', { name: 'stream_url', nullable: true }) streamUrl: string | null;
  @Column('jsonb') interpretation: InterpretationChannel[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
