import type { Translations } from '@app/config';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('events')
export class EventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') slug: string;
  @Column('text') name: string;
  @Column('jsonb') translations: Translations<'name' | 'description' | 'venue' | 'organiser'>;
  @Column('text') description: string;
  @Column('text') organiser: string;
  @Column('text') venue: string;
  @Column('text') city: string;
  @Column('char', { length: 2 }) country: string;
  @Column('text', { name: 'time_zone' }) timeZone: string;
  @Column('date', { name: 'start_date' }) startDate: string;
  @Column('date', { name: 'end_date' }) endDate: string;
  @Column('text', { array: true }) languages: string[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
