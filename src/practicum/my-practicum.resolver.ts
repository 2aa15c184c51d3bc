import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { firstOf, PageArgs } from '../graphql/page-args';
import { MyPracticum, PracticumLogEntry, PracticumPlacement } from './practicum.models';

/** Pages the lists myPracticum already read in full (PracticumReader.myPracticum). */
@Resolver(() => MyPracticum)
export class MyPracticumResolver {
  @ResolveField('placements', () => [PracticumPlacement])
  placements(@Parent() practicum: MyPracticum, @Args() page: PageArgs): PracticumPlacement[] {
    return firstOf(practicum.placements, page);
  }

  @ResolveField('entries', () => [PracticumLogEntry])
  entries(@Parent() practicum: MyPracticum, @Args() page: PageArgs): PracticumLogEntry[] {
    return firstOf(practicum.entries, page);
  }
}
