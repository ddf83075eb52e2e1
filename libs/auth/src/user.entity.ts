import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') email: string;
  @Column('text', { name: 'display_name' }) displayName: string;
  /** The language messages to this user are written in. */
  @Column('text') language: string;
  @Column('text', { name: 'password_hash', nullable: true, select: false }) passwordHash: string | null;
  @Column('boolean', { name: 'is_platform_admin', default: false }) isPlatformAdmin: boolean;
  /** Raised by "sign out everywhere" and by a new password: access tokens carry it, and older ones stop working. */
  @Column('integer', { name: 'session_generation', default: 0 }) sessionGeneration: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
