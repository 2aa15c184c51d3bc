import { Global, Module } from '@nestjs/common';
import { AuditPagesController } from './audit-pages.controller';
import { AuditTrail } from './audit-trail.service';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** Global: every change of state a mutation makes writes here, one row per record it changes. Admins and coordinators read it back. */
@Global()
@Module({ controllers: [AuditPagesController], providers: [AuditRepository, AuditService, AuditTrail, AuditResolver], exports: [AuditService] })
export class AuditModule {}
