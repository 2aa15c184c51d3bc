import 'reflect-metadata';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Args, Field, GraphQLModule, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { benchPool, countLookup, verify, Verification } from './verify-statements';

/**
 * The framework's own ceiling for `verifyCertificate`, run by the bench as a process of its own: a
 * bare NestJS app with the Apollo driver (code-first), on Express or on Fastify (BENCH_PLATFORM),
 * whose one resolver sends the app's statements through `pg` (verify-statements.ts) and answers
 * the same JSON. Nothing else: no guards, pipes, security headers, request log, query limits or
 * ORM. The floor above measures the database and the sockets; this, what the framework adds to
 * them; the app, what the product's own work per request adds on top.
 *
 * Environment: BENCH_PORT, BENCH_DATABASE_URL, BENCH_POOL_SIZE, BENCH_PLATFORM (express or fastify).
 */

const platform = process.env.BENCH_PLATFORM === 'fastify' ? 'fastify' : 'express';
const pool = benchPool();
/** Its own key, so its counts never touch the app's; the load comes from one address. */
const LOOKUP_KEY = `bench-ceiling-${platform}:address:127.0.0.1`;

@ObjectType()
class CertificateVerification implements Verification {
  @Field(() => Boolean) valid: boolean;
  @Field(() => String) status: Verification['status'];
  @Field(() => String, { nullable: true }) code: string | null;
  @Field(() => String, { nullable: true }) holderName: string | null;
  @Field(() => String, { nullable: true }) programName: string | null;
  @Field(() => String, { nullable: true }) cohortName: string | null;
  @Field(() => String, { nullable: true }) issuedAt: string | null;
  @Field(() => Int, { nullable: true }) contactMinutes: number | null;
  @Field(() => String, { nullable: true }) revokedAt: string | null;
  @Field(() => String, { nullable: true }) revocationReason: string | null;
}

@Resolver()
class VerificationResolver {
  @Query(() => CertificateVerification)
  async verifyCertificate(@Args('code', { type: () => String }) code: string): Promise<Verification> {
    await countLookup(pool, LOOKUP_KEY);
    return verify(pool, code);
  }
}

@Controller()
class HealthController {
  @Get('health')
  health(): { status: string } {
    return { status: 'ok' };
  }
}

@Module({
  imports: [
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
      path: '/graphql',
      graphiql: false,
      plugins: [ApolloServerPluginCacheControlDisabled()],
    }),
  ],
  controllers: [HealthController],
  providers: [VerificationResolver],
})
class CeilingModule {}

async function main(): Promise<void> {
  const app: INestApplication =
    platform === 'fastify'
      ? await NestFactory.create(CeilingModule, new FastifyAdapter(), { logger: false })
      : await NestFactory.create(CeilingModule, { logger: false });
  await app.listen(Number(process.env.BENCH_PORT), '127.0.0.1');
  process.once('SIGTERM', () => {
    void app.close().then(() => pool.end()).then(() => process.exit(0));
  });
}

void main();
