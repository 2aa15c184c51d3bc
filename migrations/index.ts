import { Foundation1795433501597 } from './1795433501597-Foundation';

/** Every migration in order; the DataSource loads this list (no globbing). */
export const migrations = [Foundation1795433501597];
