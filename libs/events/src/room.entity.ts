import type { Translations } from '@app/config';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('rooms')
export class RoomEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'event_id' }) eventId: string;
  @Column('text') name: string;
  @Column('jsonb') translations: Translations<'name'>;
  @Column('integer') capacity: number;
  @Column('text', { name: 'location_note' }) locationNote: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
