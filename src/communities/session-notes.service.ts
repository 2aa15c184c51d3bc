import { Injectable } from '@nestjs/common';
import { target } from '../access/access-target';
import { Access } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { Transactions } from '../database/transactions';
import { WriteSessionNoteInput } from './communities.inputs';
import { CommunitiesRepository } from './communities.repository';
import { SessionNoteEntity } from './session-note.entity';

/** Session notes are sensitive: written and read by whoever runs the session (its staff) only. */
@Injectable()
export class SessionNotesService {
  constructor(
    private readonly access: Access,
    private readonly repository: CommunitiesRepository,
    private readonly transactions: Transactions,
    private readonly audit: AuditService,
  ) {}

  /** The trail keeps that a note was written, and for which session; never its text. */
  write(user: AuthUser, input: WriteSessionNoteInput): Promise<SessionNoteEntity> {
    return this.transactions.run(async (manager) => {
      const { cohort } = await this.access.require(user, Permission.SESSION_RUN, target.session(input.sessionId), manager);
      const note = await this.repository.insertNote({ sessionId: input.sessionId, authorId: user.id, body: input.body.trim() }, manager);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'session_note.written',
        entityType: 'session_note',
        entityId: note.id,
        cohortId: cohort,
        after: { sessionId: note.sessionId },
      });
      return note;
    });
  }

  /** One session's notes: NOT_FOUND for outsiders, FORBIDDEN for members of the cohort who do not run it. */
  async notesOf(user: AuthUser, sessionId: string): Promise<SessionNoteEntity[]> {
    await this.access.require(user, Permission.SESSION_RUN, target.session(sessionId));
    return this.staffVisibleNotesOf(user, [sessionId]);
  }

  /** Notes of many sessions (for DataLoaders): only of sessions whose staff the viewer is, oldest first. */
  staffVisibleNotesOf(user: AuthUser, sessionIds: readonly string[]): Promise<SessionNoteEntity[]> {
    return this.repository.staffVisibleNotesOfSessions(user, sessionIds);
  }
}
