import { User } from './user.model';
import { UsersService } from './users.service';
import { byKeys, RequestLoaders } from '../graphql/request-loaders';

/** A nested user (leader, recorder, author), batched per request; e-mail hidden. */
export function loadUser(loaders: RequestLoaders, users: UsersService, userId: string): Promise<User | null> {
  return loaders
    .get<string, User | null>('userById', async (ids) => byKeys(ids, (await users.findByIds(ids)).map((entity) => User.from(entity)), (u) => u.id))
    .load(userId);
}
