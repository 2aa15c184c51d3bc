import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { CommunityEntity } from '../communities/community.entity';
import { CohortEntity } from '../programs/cohort.entity';
import { CourseModuleEntity } from './course-module.entity';
import { Modality } from './modality';
import { SessionKind } from './session-kind';

/** A scheduled meeting of one kind; attendance is counted in minutes of it. */
@Entity('session')
@Index(['cohortId', 'startsAt'])
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  moduleId: string | null;

  @ManyToOne(() => CourseModuleEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'module_id' })
  module?: CourseModuleEntity;

  /** Set for COMMUNITY_OF_PRACTICE sessions: the community that meets. */
  @Index()
  @Column({ type: 'uuid', nullable: true })
  communityId: string | null;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @Column({ type: 'enum', enum: SessionKind, enumName: 'session_kind' })
  kind: SessionKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'int' })
  durationMinutes: number;

  @Column({ type: 'boolean', default: false })
  ceEligible: boolean;

  /** Offered but expected of nobody: never counted toward a requirement. */
  @Column({ type: 'boolean', default: false })
  optional: boolean;

  @Column({ type: 'enum', enum: Modality, enumName: 'session_modality', nullable: true })
  modality: Modality | null;

  @Column({ type: 'text', nullable: true })
  location: string | null;

  @Column({ type: 'text', nullable: true })
  joinUrl: string | null;

  /** The staff member who leads it (e.g. the facilitator of a reflective practice session). */
  @Column({ type: 'uuid', nullable: true })
  leaderId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'leader_id' })
  leader?: UserEntity;

  /** Cancelled sessions stay for the record but are expected of nobody. */
  @Column({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
