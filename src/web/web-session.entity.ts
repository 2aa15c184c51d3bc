import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';

/** A signed-in browser. Only a hash of the cookie's token is stored, so the table cannot sign anyone in. */
@Entity('web_session')
export class WebSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_web_session_token_hash', { unique: true })
  @Column({ type: 'text' })
  tokenHash: string;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** The account's token version when signed in: a password change or a sign-out everywhere ends the session. */
  @Column({ type: 'int' })
  tokenVersion: number;

  /** Every form of the session carries it (synchronizer token). */
  @Column({ type: 'text' })
  csrfToken: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
