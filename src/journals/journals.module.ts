import { Module } from '@nestjs/common';
import { CurriculumModule } from '../curriculum/curriculum.module';
import { GradingPagesController } from './grading-pages.controller';
import { JournalPagesController } from './journal-pages.controller';
import { JournalAssignmentsResolver } from './journal-assignments.resolver';
import { JournalAssignmentsService } from './journal-assignments.service';
import { JournalGradingService } from './journal-grading.service';
import { JournalSubmissionsResolver } from './journal-submissions.resolver';
import { JournalSubmissionsService } from './journal-submissions.service';
import { JournalsRepository } from './journals.repository';

@Module({
  imports: [CurriculumModule],
  controllers: [JournalPagesController, GradingPagesController],
  providers: [
    JournalsRepository,
    JournalAssignmentsService,
    JournalSubmissionsService,
    JournalGradingService,
    JournalAssignmentsResolver,
    JournalSubmissionsResolver,
  ],
})
export class JournalsModule {}
