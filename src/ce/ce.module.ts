import { Module } from '@nestjs/common';
import { CeController } from './ce.controller';
import { CeResolver } from './ce.resolver';
import { CeService } from './ce.service';

@Module({ controllers: [CeController], providers: [CeService, CeResolver], exports: [CeService] })
export class CeModule {}
