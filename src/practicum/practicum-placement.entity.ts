import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { UserEntity } from '../auth/user.entity';
import { CohortEntity } from '../programs/cohort.entity';
import { SettingType } from './practicum-enums';

/** A de-identified practicum site: a code, a setting and at most a county. Never a name, address or contact. */
@Entity('practicum_placement')
@Unique('uq_practicum_placement_participant_code', ['cohortId', 'participantId', 'providerCode'])
@Check('chk_practicum_placement_provider_code', `"provider_code" ~ '^[A-Z0-9-]{3,20}$'`)
@Check('chk_practicum_placement_region', `char_length("region") BETWEEN 1 AND 60`)
export class PracticumPlacementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  cohortId: string;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Index()
  @Column({ type: 'uuid' })
  participantId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: UserEntity;

  @Column({ type: 'text' })
  providerCode: string;

  @Column({ type: 'enum', enum: SettingType, enumName: 'practicum_setting_type' })
  settingType: SettingType;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
