import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';

/**
 * The address the request came from, as Express reports it: behind proxies, taken from
 * X-Forwarded-For as far as 'trust proxy' (TRUST_PROXY) allows, so a client cannot choose it.
 */
export function clientAddress(context: ExecutionContext): string {
  const request =
    context.getType<string>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: Request }>().req
      : context.switchToHttp().getRequest<Request>();
  // Undefined only once the connection is gone; such requests still share one allowance.
  return request.ip ?? 'unknown';
}

/** Injects clientAddress into a resolver or route handler. */
export const ClientAddress = createParamDecorator((_data: unknown, context: ExecutionContext) => clientAddress(context));
