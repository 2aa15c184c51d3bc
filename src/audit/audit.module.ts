import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** Global: every domain that changes graded or counted records writes here. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
