import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { User } from '../auth/user.model';
import { UsersService } from '../auth/users.service';
import { Loaders } from '../graphql/graphql-context';
import { firstOf, PageArgs } from '../graphql/page-args';
import { RequestLoaders } from '../graphql/request-loaders';
import { loadUser } from '../auth/user.loader';
import { UuidPipe } from '../graphql/uuid.pipe';
import { WriteSessionNoteInput } from './communities.inputs';
import { SessionNote } from './communities.models';
import { SessionNoteEntity } from './session-note.entity';
import { SessionNotesService } from './session-notes.service';

@Resolver(() => SessionNote)
export class SessionNotesResolver {
  constructor(
    private readonly notes: SessionNotesService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => SessionNote, { description: 'Whoever runs the session: its community’s facilitators, its leader, faculty, admins' })
  writeSessionNote(@CurrentUser() user: AuthUser, @Args('input') input: WriteSessionNoteInput): Promise<SessionNoteEntity> {
    return this.notes.write(user, input);
  }

  @Query(() => [SessionNote], { description: 'A session’s notes, oldest first: for its staff only' })
  async sessionNotes(
    @CurrentUser() user: AuthUser,
    @Args('sessionId', { type: () => ID }, new UuidPipe('sessionId')) sessionId: string,
    @Args() page: PageArgs,
  ): Promise<SessionNoteEntity[]> {
    return firstOf(await this.notes.notesOf(user, sessionId), page);
  }

  @ResolveField(() => User)
  async author(@Parent() note: SessionNoteEntity, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    if (note.author) return User.from(note.author);
    return loadUser(loaders, this.users, note.authorId);
  }
}
