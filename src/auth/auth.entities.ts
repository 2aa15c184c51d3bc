import { UserEntity } from './user.entity';

export const authEntities = [UserEntity];
