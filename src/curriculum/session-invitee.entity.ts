import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { SessionEntity } from './session.entity';

/**
 * The participants a session is for, when it is not for the whole cohort (or community):
 * e.g. a reflective practice session with one participant or a few.
 */
@Entity('session_invitee')
export class SessionInviteeEntity {
  @PrimaryColumn({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
