import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { CohortEntity } from '../programs/cohort.entity';
import { LtiPlatformEntity } from './lti-platform.entity';

/** A course of an LMS tied to one cohort: its launches enrol into that cohort and open its pages. */
@Entity('lti_context_link')
@Unique('uq_lti_context_link_context', ['platformId', 'contextId'])
export class LtiContextLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  platformId: string;

  @ManyToOne(() => LtiPlatformEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'platform_id' })
  platform?: LtiPlatformEntity;

  @Column({ type: 'text' })
  contextId: string;

  @Index()
  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  /** The course's title as the last launch named it. */
  @Column({ type: 'text', nullable: true })
  contextTitle: string | null;

  /** The course's roster service (NRPS), as the last launch gave it. */
  @Column({ type: 'text', nullable: true })
  membershipsUrl: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSyncedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
