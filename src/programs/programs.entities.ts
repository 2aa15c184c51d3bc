import { CohortEntity } from './cohort.entity';
import { EnrollmentEntity } from './enrollment.entity';
import { ProgramEntity } from './program.entity';

export const programEntities = [ProgramEntity, CohortEntity, EnrollmentEntity];
