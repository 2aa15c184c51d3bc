import { JournalAssignmentEntity } from './journal-assignment.entity';
import { JournalExtensionEntity } from './journal-extension.entity';
import { JournalGradeEntity } from './journal-grade.entity';
import { JournalSubmissionVersionEntity } from './journal-submission-version.entity';
import { JournalSubmissionEntity } from './journal-submission.entity';

export const journalEntities = [
  JournalAssignmentEntity,
  JournalSubmissionEntity,
  JournalSubmissionVersionEntity,
  JournalGradeEntity,
  JournalExtensionEntity,
];
