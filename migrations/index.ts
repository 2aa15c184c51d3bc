import { Foundation1795433501597 } from './1795433501597-Foundation';
import { CurriculumAttendanceCommunities1795434991348 } from './1795434991348-CurriculumAttendanceCommunities';

/** Every migration in order; the DataSource loads this list (no globbing). */
export const migrations = [Foundation1795433501597, CurriculumAttendanceCommunities1795434991348];
