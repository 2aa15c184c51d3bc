import { Module } from '@nestjs/common';
import { CeController } from './ce.controller';
import { CeRepository } from './ce.repository';
import { CeResolver } from './ce.resolver';
import { CeService } from './ce.service';

/** Exports the repository: issuing certificates creates their CE records in the same transaction. */
@Module({ controllers: [CeController], providers: [CeRepository, CeService, CeResolver], exports: [CeRepository] })
export class CeModule {}
