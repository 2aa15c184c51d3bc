import { authEntities } from '../auth/auth.entities';
import { programEntities } from '../programs/programs.entities';

/** Every TypeORM entity, listed explicitly so app, CLI and tests load the same classes. */
export const entities = [...authEntities, ...programEntities];
