import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { ProgramEntity } from './program.entity';
import { ProgramRole } from './program-role';

/** A person's standing in a program (a coordinator), over every cohort of it. */
@Entity('program_role')
@Unique('uq_program_role_program_user_role', ['programId', 'userId', 'role'])
export class ProgramRoleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne(() => ProgramEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program?: ProgramEntity;

  @Index()
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: ProgramRole, enumName: 'program_role_kind' })
  role: ProgramRole;

  @CreateDateColumn({ type: 'timestamptz' })
  grantedAt: Date;
}
