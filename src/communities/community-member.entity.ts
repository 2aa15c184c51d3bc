import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { CommunityEntity } from './community.entity';

/**
 * A participant's place in a community over a span of days (in the cohort's zone): who is expected
 * at a community's session, and whose attendance its facilitators record, follow the membership in
 * force on the session's date. At most one membership per person and cohort is open (no `leftOn`).
 */
@Entity('community_member')
@Index('uq_community_member_current', ['cohortId', 'userId'], { unique: true, where: '"left_on" IS NULL' })
@Check('ck_community_member_dates', '"left_on" IS NULL OR "left_on" >= "joined_on"')
export class CommunityMemberEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_community_member' })
  communityId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_community_member' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** The first day of the membership. */
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'pk_community_member' })
  joinedOn: string;

  /** The last day of the membership; null while it lasts. */
  @Column({ type: 'date', nullable: true })
  leftOn: string | null;

  @Index()
  @Column({ type: 'uuid' })
  cohortId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;
}
