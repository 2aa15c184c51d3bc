import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { AppConfig } from '../config/app-config';
import { TooManyRequestsError } from '../errors/domain-errors';
import { normalizedEmail } from '../auth/email';

/**
 * The service's rate limits, counted in PostgreSQL (table rate_limit, created by a migration) so
 * that every replica sees the same counts. Each `count…` records one attempt and throws
 * TooManyRequestsError when the caller is over its allowance.
 */
@Injectable()
export class RateLimits {
  private readonly signInsPerAccount: RateLimiterPostgres;
  private readonly signInsPerAddress: RateLimiterPostgres;
  private readonly publicLookupsPerAddress: RateLimiterPostgres;

  constructor(dataSource: DataSource, config: AppConfig) {
    // The pool TypeORM already holds: no second set of connections.
    const pool: unknown = (dataSource.driver as PostgresDriver).master;
    const limit = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterPostgres({ storeClient: pool, storeType: 'pool', tableName: 'rate_limit', tableCreated: true, keyPrefix, points, duration });
    this.signInsPerAccount = limit('sign-in:account', config.loginAttemptsPerAccount, config.loginWindowSeconds);
    this.signInsPerAddress = limit('sign-in:address', config.loginAttemptsPerAddress, config.loginWindowSeconds);
    this.publicLookupsPerAddress = limit('public-lookup:address', config.publicRequestsPerMinute, 60);
  }

  /**
   * Every attempt counts against the client's address, and against the account until one succeeds
   * (see forgetSignIns). Counting before the password is checked keeps parallel guesses within the limit too.
   */
  async countSignIn(email: string, clientAddress: string): Promise<void> {
    await take(this.signInsPerAddress, clientAddress);
    await take(this.signInsPerAccount, accountKey(email));
  }

  /** A successful sign-in clears the account's count: its owner may mistype again later. */
  async forgetSignIns(email: string): Promise<void> {
    await this.signInsPerAccount.delete(accountKey(email));
  }

  /** Anonymous certificate checks: verifyCertificate, the verify page and the PDFs. */
  async countPublicLookup(clientAddress: string): Promise<void> {
    await take(this.publicLookupsPerAddress, clientAddress);
  }
}

/**
 * The e-mail as sign-in looks it up, hashed: the table never holds addresses (of accounts or of
 * mere guesses), and a 254-character address would not fit its key.
 */
function accountKey(email: string): string {
  return createHash('sha256').update(normalizedEmail(email)).digest('base64url');
}

async function take(limiter: RateLimiterPostgres, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    // The limiter rejects with its result when over the limit, and with the database's error otherwise.
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    throw new TooManyRequestsError(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
  }
}
