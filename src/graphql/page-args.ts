import { ArgsType, Field, Int } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size';

/**
 * The `first` argument every list of records takes. Its range is checked with the query's cost,
 * before anything runs (src/graphql/query-limits.ts), so resolvers may slice by it as it is.
 */
@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many to return, from the start: 1 to ${MAX_PAGE_SIZE}, ${DEFAULT_PAGE_SIZE} when omitted`,
  })
  first: number;
}

/** The first `first` items of a list a service or loader returned. */
export function firstOf<T>(items: T[], { first }: PageArgs): T[] {
  return items.slice(0, first);
}
