import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue';

/** Global: any domain may queue background work in its own transaction. */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
