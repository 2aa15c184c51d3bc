import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only: a trigger in the database refuses UPDATE and DELETE on this table.
 * `before`/`after` hold the record's counted state: never journal, reflection or note text, e-mail
 * addresses or passwords.
 */
@Entity('audit_event')
@Index(['entityType', 'entityId'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  /** Null for the system itself (demo data, scheduled jobs). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** e.g. attendance.recorded, journal.graded, certificate.issued */
  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  entityType: string;

  @Column({ type: 'uuid' })
  entityId: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  cohortId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;
}
