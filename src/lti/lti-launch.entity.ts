import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LtiPlatformEntity } from './lti-platform.entity';

/** What a deep-linking launch asked for: where the chosen link goes back to, and the data it must echo. */
export interface DeepLinkRequest {
  returnUrl: string;
  data: string | null;
  deploymentId: string;
  contextLinkId: string;
}

/**
 * One launch from login initiation on: the state and nonce sent to the platform, the browser they
 * are bound to (a hash), and, once launched, who launched and, for deep linking, what was asked.
 */
@Entity('lti_launch')
export class LtiLaunchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  stateHash: string;

  @Column({ type: 'text' })
  browserHash: string;

  @Column({ type: 'text' })
  nonce: string;

  @Column({ type: 'uuid' })
  platformId: string;

  @ManyToOne(() => LtiPlatformEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'platform_id' })
  platform?: LtiPlatformEntity;

  /** The platform's storage frame (lti_storage_target), when it offered one: the browser binding is kept there too. */
  @Column({ type: 'text', nullable: true })
  storageTarget: string | null;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  launchedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  deepLink: DeepLinkRequest | null;

  @Column({ type: 'timestamptz', nullable: true })
  deepLinkedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
