import { Global, Module } from '@nestjs/common';
import { Access } from './access.service';
import { AccessRepository } from './access.repository';

/** Global: every domain service asks Access first. */
@Global()
@Module({
  providers: [AccessRepository, Access],
  exports: [Access],
})
export class AccessModule {}
