import { attendanceEntities } from '../attendance/attendance.entities';
import { auditEntities } from '../audit/audit.entities';
import { ceEntities } from '../ce/ce.entities';
import { certificateEntities } from '../certificates/certificates.entities';
import { completionEntities } from '../completion/completion.entities';
import { authEntities } from '../auth/auth.entities';
import { communityEntities } from '../communities/communities.entities';
import { curriculumEntities } from '../curriculum/curriculum.entities';
import { journalEntities } from '../journals/journals.entities';
import { practicumEntities } from '../practicum/practicum.entities';
import { programEntities } from '../programs/programs.entities';

/** Every TypeORM entity, listed explicitly so app, CLI and tests load the same classes. */
export const entities = [
  ...authEntities,
  ...programEntities,
  ...auditEntities,
  ...curriculumEntities,
  ...communityEntities,
  ...attendanceEntities,
  ...practicumEntities,
  ...journalEntities,
  ...completionEntities,
  ...certificateEntities,
  ...ceEntities,
];
