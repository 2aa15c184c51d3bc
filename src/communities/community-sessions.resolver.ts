import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Session } from '../curriculum/curriculum.models';
import { Loaders } from '../graphql/graphql-context';
import { firstOf, PageArgs } from '../graphql/page-args';
import { byKeys, groupByKeys, RequestLoaders } from '../graphql/request-loaders';
import { CommunityOfPractice, SessionNote } from './communities.models';
import { CommunitiesService } from './communities.service';
import { CommunityEntity } from './community.entity';
import { SessionNoteEntity } from './session-note.entity';
import { SessionNotesService } from './session-notes.service';

/** What a session shows of communities: the community that meets, and staff notes. */
@Resolver(() => Session)
export class CommunitySessionsResolver {
  constructor(
    private readonly communities: CommunitiesService,
    private readonly notesService: SessionNotesService,
  ) {}

  @ResolveField(() => CommunityOfPractice, { nullable: true, description: 'The community that meets, for COMMUNITY_OF_PRACTICE sessions' })
  community(@Parent() session: Session, @Loaders() loaders: RequestLoaders): Promise<CommunityEntity | null> | null {
    if (!session.communityId) return null;
    return loaders
      .get<string, CommunityEntity | null>('communities.byId', async (ids) => byKeys(ids, await this.communities.communitiesByIds(ids), (c) => c.id))
      .load(session.communityId);
  }

  @ResolveField(() => [SessionNote], { description: 'For the session’s staff; empty for participants' })
  async notes(@Parent() session: Session, @Args() page: PageArgs, @CurrentUser() user: AuthUser, @Loaders() loaders: RequestLoaders): Promise<SessionNoteEntity[]> {
    const notes = await loaders
      .get<string, SessionNoteEntity[]>('communities.sessionNotes', async (ids) =>
        groupByKeys(ids, await this.notesService.staffVisibleNotesOf(user, ids), (note) => note.sessionId),
      )
      .load(session.id);
    return firstOf(notes, page);
  }
}
