import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { RequestLoaders } from './request-loaders';

export interface GraphQLContext {
  req: Request & { user?: AuthUser };
  loaders: RequestLoaders;
}

export function createGraphQLContext({ req }: { req: GraphQLContext['req'] }): GraphQLContext {
  return { req, loaders: new RequestLoaders() };
}

/** The request's DataLoaders, for @ResolveField methods. */
export const Loaders = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestLoaders =>
    GqlExecutionContext.create(context).getContext<GraphQLContext>().loaders,
);
