import { Field, Int, ObjectType } from '@nestjs/graphql';
import { User } from './user.model';

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  /** Pass as `after` for the next page; null on an empty page. */
  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType('UserConnection')
export class UserConnection {
  @Field(() => [User])
  nodes: User[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  /** How many people match the search, over all pages. */
  @Field(() => Int)
  totalCount: number;
}
