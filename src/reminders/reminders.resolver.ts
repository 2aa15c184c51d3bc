import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { User } from '../auth/user.model';
import { ReminderPreferences } from './reminder-preferences.service';

@Resolver(() => User)
export class RemindersResolver {
  constructor(private readonly preferences: ReminderPreferences) {}

  @Mutation(() => User, { description: 'Turns reminders by e-mail (journals due, feedback, practicum reviews, weekly digests) on or off for the signed-in person' })
  async setReminderPreference(@CurrentUser() caller: AuthUser, @Args('enabled', { type: () => Boolean }) enabled: boolean): Promise<User> {
    return User.from(await this.preferences.set(caller, enabled), { showEmail: true });
  }

  @ResolveField(() => Boolean, { nullable: true, description: 'Whether the person gets reminders by e-mail; null for anyone but the signed-in person' })
  async remindersEnabled(@Parent() user: User, @CurrentUser() viewer: AuthUser | undefined): Promise<boolean | null> {
    return viewer && user.id === viewer.id ? this.preferences.enabledFor(viewer.id) : null;
  }
}
