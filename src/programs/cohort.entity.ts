import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ProgramEntity } from './program.entity';

@Entity('cohort')
@Check('chk_cohort_minimum_attendance_percent', '"minimum_attendance_percent" BETWEEN 1 AND 100')
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: ProgramEntity;

  @Column({ type: 'text' })
  name: string;

  /** YYYY-MM-DD */
  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  /** Maximum number of participants (staff do not count). */
  @Column({ type: 'int' })
  capacity: number;

  /** IANA zone its sessions' wall-clock times are read in. */
  @Column({ type: 'text', default: 'UTC' })
  timeZone: string;

  /** Share of a session's duration a participant must attend for it to count. */
  @Column({ type: 'int', default: 80 })
  minimumAttendancePercent: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
