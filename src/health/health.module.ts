import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { RequestDrain } from './request-drain';

@Module({
  imports: [TerminusModule.forRoot()],
  controllers: [HealthController],
  providers: [RequestDrain],
  exports: [RequestDrain],
})
export class HealthModule {}
