import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { LtiPlatformEntity } from './lti-platform.entity';

/** Who an LMS's user (its `sub`) is here: people are joined on that id, never on e-mail. */
@Entity('lti_account')
export class LtiAccountEntity {
  @PrimaryColumn({ type: 'uuid' })
  platformId: string;

  @ManyToOne(() => LtiPlatformEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'platform_id' })
  platform?: LtiPlatformEntity;

  @PrimaryColumn({ type: 'text' })
  subject: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
