import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { CommunityEntity } from './community.entity';

/** A participant's place in a community; the cohort column makes "one community per cohort" a constraint. */
@Entity('community_member')
@Unique('uq_community_member_cohort_user', ['cohortId', 'userId'])
export class CommunityMemberEntity {
  @PrimaryColumn({ type: 'uuid' })
  communityId: string;

  @ManyToOne(() => CommunityEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'community_id' })
  community?: CommunityEntity;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index()
  @Column({ type: 'uuid' })
  cohortId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  addedAt: Date;
}
