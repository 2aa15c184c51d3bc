import { Module } from '@nestjs/common';
import { CeModule } from '../ce/ce.module';
import { AuditModule } from '../audit/audit.module';
import { CertificatesModule } from '../certificates/certificates.module';
import { BostonCourseSeed } from './boston-course.seed';
import { CertificatesSeed } from './certificates.seed';
import { CurriculumSeed } from './curriculum.seed';
import { DemoSeederService } from './demo-seeder.service';
import { JournalsSeed } from './journals.seed';
import { PracticumSeed } from './practicum.seed';

/** The demo program: one injectable step per domain, each given the domain services it uses. */
@Module({
  imports: [AuditModule, CertificatesModule, CeModule],
  providers: [
    CurriculumSeed,
    PracticumSeed,
    JournalsSeed,
    CertificatesSeed,
    BostonCourseSeed,
    DemoSeederService,
  ],
})
export class DemoModule {}
