import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { SessionEntity } from '../curriculum/session.entity';
import { AttendanceStatus } from './attendance-status';

/** One person's attendance at one session, in minutes; every change also goes to the audit trail. */
@Entity('attendance')
@Unique('uq_attendance_session_user', ['sessionId', 'userId'])
@Check('chk_attendance_minutes_when_credited', `"status" IN ('PRESENT', 'MADE_UP') OR "minutes_attended" = 0`)
export class AttendanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: SessionEntity;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: AttendanceStatus, enumName: 'attendance_status' })
  status: AttendanceStatus;

  @Column({ type: 'int' })
  minutesAttended: number;

  /** What counts of minutesAttended (null: nothing), kept current by the database (migration StoredAttendanceCredit); read through attendance_credit. */
  @Column({ type: 'int', nullable: true, select: false, insert: false, update: false })
  creditedMinutes?: number | null;

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'recorded_by_id' })
  recordedBy?: UserEntity;

  @UpdateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
