import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { User } from '../auth/user.model';
import { Loaders } from '../graphql/graphql-context';
import { firstOf, PageArgs } from '../graphql/page-args';
import { RequestLoaders } from '../graphql/request-loaders';
import { LICENSE_TYPES } from './license-catalogue';
import { SetLicensesInput } from './licenses.inputs';
import { License, LicenseType, StoredLicense } from './licenses.models';
import { LicensesService } from './licenses.service';

@Resolver(() => User)
export class LicensesResolver {
  constructor(private readonly service: LicensesService) {}

  @Query(() => [LicenseType], { description: 'The licence types a licence may name, with their display names' })
  licenseTypes(@Args() page: PageArgs): LicenseType[] {
    return firstOf([...LICENSE_TYPES], page);
  }

  @Mutation(() => User, { description: "Replaces a person's licences: admins, or the person themself" })
  async setLicenses(@CurrentUser() user: AuthUser, @Args('input') input: SetLicensesInput): Promise<User> {
    return User.from(await this.service.set(user, input), { showEmail: true });
  }

  @ResolveField(() => [License], {
    nullable: true,
    description: 'Professional licences: for the person, admins and faculty of a cohort the person is enrolled in; null for anyone else',
  })
  async licenses(@Parent() person: User, @Args() page: PageArgs, @CurrentUser() viewer: AuthUser, @Loaders() loaders: RequestLoaders): Promise<License[] | null> {
    const licenses = await loaders
      .get<string, StoredLicense[] | null>('licensesOfPeople', (ids) => this.service.visibleLicenses(viewer, ids))
      .load(person.id);
    return licenses && firstOf(licenses, page).map(License.from);
  }
}
