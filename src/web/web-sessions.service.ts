import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { randomBytes } from 'node:crypto';
import { DataSource, LessThan } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { newToken, tokenHashHex } from '../auth/one-time-tokens';
import { UserEntity } from '../auth/user.entity';
import { AppConfig } from '../config/app-config';
import { Standing } from './navigation';
import { readCookie, SESSION_COOKIE, setCookie } from './web-cookies';
import { WebSessionEntity } from './web-session.entity';
import { WEB_QUERIES } from './web.queries';

/** How long a browser stays signed in without signing in again. */
const SESSION_HOURS = 12;

export interface WebSession {
  user: AuthUser;
  csrfToken: string;
  standing: Standing;
}


/** Browser sessions, kept in PostgreSQL so every replica knows them. */
@Injectable()
export class WebSessions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Signs the browser in: a new session, its token in the cookie (a framed one for a launch from an LMS). */
  async begin(response: Response, user: UserEntity, framed = false): Promise<void> {
    setCookie(response, this.config, SESSION_COOKIE, await this.start(user), undefined, framed);
  }

  /** A new session for the person; the token goes in the cookie and nowhere else. */
  private async start(user: UserEntity): Promise<string> {
    const token = newToken();
    const sessions = this.dataSource.getRepository(WebSessionEntity);
    // The person's expired sessions go as a new one begins, so the table holds only live ones and a few stale.
    await sessions.delete({ userId: user.id, expiresAt: LessThan(new Date()) });
    await sessions.insert({
      tokenHash: tokenHashHex(token),
      userId: user.id,
      tokenVersion: user.tokenVersion,
      csrfToken: randomBytes(24).toString('base64url'),
      expiresAt: new Date(Date.now() + SESSION_HOURS * 3_600_000),
    });
    return token;
  }

  /** The session's person and CSRF token, while it is unexpired, its person active and their tokens not revoked. */
  async resolve(token: string): Promise<WebSession | null> {
    const [row] = await this.dataSource.query(WEB_QUERIES.liveSession, [tokenHashHex(token)]);
    if (!row) return null;
    const { participant, faculty, facilitator, coordinator } = row;
    return {
      user: { id: row.id, email: row.email, fullName: row.full_name, isAdmin: row.is_admin },
      csrfToken: row.csrf_token,
      standing: { participant, faculty, facilitator, coordinator },
    };
  }

  /** The live session the request's cookie names, if any. */
  fromRequest(request: Request): Promise<WebSession | null> {
    const token = readCookie(request, SESSION_COOKIE);
    return token ? this.resolve(token) : Promise.resolve(null);
  }

  async end(token: string): Promise<void> {
    await this.dataSource.getRepository(WebSessionEntity).delete({ tokenHash: tokenHashHex(token) });
  }
}
