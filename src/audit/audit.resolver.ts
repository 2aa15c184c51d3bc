import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { loadUser } from '../auth/user.loader';
import { User } from '../auth/user.model';
import { UsersService } from '../auth/users.service';
import { Loaders } from '../graphql/graphql-context';
import { PageArgs } from '../graphql/page-args';
import { RequestLoaders } from '../graphql/request-loaders';
import { AuditTrail } from './audit-trail.service';
import { AuditEventFilter } from './audit.inputs';
import { AuditEvent, AuditEventConnection } from './audit.models';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(
    private readonly trail: AuditTrail,
    private readonly users: UsersService,
  ) {}

  @Query(() => AuditEventConnection, {
    description:
      'The audit trail, newest first, a page at a time (`pageInfo.endCursor` goes into `after`): admins read every event; ' +
      "a program's coordinators the events of its cohorts (events of no cohort are admins' only)",
  })
  async auditEvents(
    @CurrentUser() user: AuthUser,
    @Args() page: PageArgs,
    // Typed without `| null`, so the parameter's design type is the class and the validation pipe checks it.
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter?: AuditEventFilter,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<AuditEventConnection> {
    const { events, hasNextPage, endCursor } = await this.trail.page(user, filter ?? {}, page.first, after);
    return { nodes: events.map((event) => AuditEvent.from(event)), pageInfo: { hasNextPage, endCursor } };
  }

  @ResolveField(() => User, { nullable: true })
  actor(@Parent() event: AuditEvent, @Loaders() loaders: RequestLoaders): Promise<User | null> {
    return event.actorId ? loadUser(loaders, this.users, event.actorId) : Promise.resolve(null);
  }
}
