import { EntityManager } from 'typeorm';
import { JournalAssignmentEntity } from './journal-assignment.entity';
import { JournalSubmissionEntity } from './journal-submission.entity';

/**
 * Locks one participant's journal for the transaction, always in the same order (the assignment, then the
 * journal row) so writers never deadlock. A first submit has no journal row to lock yet, so the assignment
 * row is what serializes: participants writing share it; whoever changes the terms they write under
 * (an extension, an assignment edit) takes it exclusively and waits for those writes to commit.
 */
export async function lockJournal(
  manager: EntityManager,
  assignmentId: string,
  participantId: string,
  assignmentLock: 'shared' | 'exclusive',
): Promise<JournalSubmissionEntity | null> {
  const mode = assignmentLock === 'shared' ? 'pessimistic_read' : 'pessimistic_write';
  await manager.getRepository(JournalAssignmentEntity).findOne({ where: { id: assignmentId }, lock: { mode } });
  return manager.getRepository(JournalSubmissionEntity).findOne({ where: { assignmentId, participantId }, lock: { mode: 'pessimistic_write' } });
}
