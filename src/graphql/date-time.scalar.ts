import { GraphQLISODateTime } from '@nestjs/graphql';

/** Instants travel as RFC 3339 strings with a zone. */
export const DateTime = GraphQLISODateTime;
