import { Injectable } from '@nestjs/common';
import { target } from '../access/access-target';
import { Access } from '../access/access.service';
import { Permission } from '../access/permission';
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
  ) {}

  write(user: AuthUser, input: WriteSessionNoteInput): Promise<SessionNoteEntity> {
    return this.transactions.run(async (manager) => {
      await this.access.require(user, Permission.SESSION_RUN, target.session(input.sessionId), manager);
      return this.repository.insertNote({ sessionId: input.sessionId, authorId: user.id, body: input.body.trim() }, manager);
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
