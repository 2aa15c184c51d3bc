import { Module } from '@nestjs/common';
import { CeApprovalPagesController } from './ce-approval-pages.controller';
import { CeController } from './ce.controller';
import { CeRecords } from './ce-records';
import { CeRepository } from './ce.repository';
import { CeResolver } from './ce.resolver';
import { CeService } from './ce.service';

/**
 * Exports CeRecords (what CE records follow, attendance, licences, certificates, refreshes them in its own
 * transaction) and CeService (certificate pages show the CE that came with a certificate).
 */
@Module({ controllers: [CeController, CeApprovalPagesController], providers: [CeRepository, CeRecords, CeService, CeResolver], exports: [CeRecords, CeService] })
export class CeModule {}
