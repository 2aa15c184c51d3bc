import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Request } from 'express';
import { ADMIN_ONLY } from '../access/admin-only.decorator';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors';
import { AccessTokensService } from './access-tokens.service';
import { AuthUser } from './auth-user';
import { IS_PUBLIC } from './public.decorator';
import { WebSessions } from '../web/web-sessions.service';
import { UsersService } from './users.service';

type AuthRequest = Request & { user?: AuthUser };

/**
 * The one global guard: deny by default, `@Public()` opens an operation to anonymous callers,
 * `@AdminOnly()` closes it to everyone but administrators. Record-level access is the services' first call.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokensService,
    private readonly users: UsersService,
    private readonly webSessions: WebSessions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (isPublic) return true;
    const request = this.request(context);
    request.user ??= await this.authenticate(request);
    const adminOnly = this.reflector.getAllAndOverride<boolean>(ADMIN_ONLY, [context.getHandler(), context.getClass()]);
    if (adminOnly && !request.user.isAdmin) throw new ForbiddenError('Only an administrator may do this');
    return true;
  }

  private async authenticate(request: AuthRequest): Promise<AuthUser> {
    const token = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    // A download linked from a page (a CE certificate, a transcript): the browser's session, for reading only.
    if (!token && request.method === 'GET' && !request.originalUrl.startsWith('/graphql')) {
      const session = await this.webSessions.fromRequest(request);
      if (session) return session.user;
    }
    const claims = token ? await this.tokens.verify(token) : undefined;
    // The one lookup a valid token costs also tells whether it was revoked (a newer version) or its holder deactivated.
    const user = claims ? await this.users.signedIn(claims.userId) : null;
    if (!user || user.tokenVersion !== claims!.version || user.deactivatedAt) throw new UnauthenticatedError();
    return { id: user.id, email: user.email, fullName: user.fullName, isAdmin: user.isAdmin };
  }

  private request(context: ExecutionContext): AuthRequest {
    if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext().req;
    return context.switchToHttp().getRequest();
  }
}
