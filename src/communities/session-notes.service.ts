import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { sessionStaffViewSql, sessionVisibleSql, viewerParams } from '../curriculum/curriculum.policy';
import { SessionAccess } from '../curriculum/session-access.service';
import { SessionEntity } from '../curriculum/session.entity';
import { ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { WriteSessionNoteInput } from './communities.inputs';
import { SessionNoteEntity } from './session-note.entity';

/** Session notes are sensitive: written by whoever runs the session, read by the session's staff only. */
@Injectable()
export class SessionNotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessionAccess: SessionAccess,
  ) {}

  write(user: AuthUser, input: WriteSessionNoteInput): Promise<SessionNoteEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.sessionAccess.requireRunner(user, input.sessionId, manager);
      const notes = manager.getRepository(SessionNoteEntity);
      return notes.save(notes.create({ sessionId: input.sessionId, authorId: user.id, body: input.body.trim() }));
    });
  }

  /** One session's notes: NOT_FOUND when the session is hidden from the caller, FORBIDDEN for participants. */
  async notesOf(user: AuthUser, sessionId: string): Promise<SessionNoteEntity[]> {
    const access = await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .select(sessionVisibleSql('s'), 'visible')
      .addSelect(sessionStaffViewSql('s'), 'staff')
      .where('s.id = :sessionId', { sessionId })
      .setParameters(viewerParams(user))
      .getRawOne<{ visible: boolean; staff: boolean }>();
    if (!access?.visible) throw new NotFoundError('Session');
    if (!access.staff) throw new ForbiddenError('Session notes are for the cohort’s staff only');
    return this.staffVisibleNotesOf(user, [sessionId]);
  }

  /** Notes of many sessions (for DataLoaders): only of sessions whose staff the viewer is, oldest first. */
  staffVisibleNotesOf(user: AuthUser, sessionIds: readonly string[]): Promise<SessionNoteEntity[]> {
    return this.dataSource
      .getRepository(SessionNoteEntity)
      .createQueryBuilder('note')
      .innerJoinAndSelect('note.author', 'author')
      .innerJoin('note.session', 's')
      .where('note.session_id IN (:...sessionIds)', { sessionIds: [...sessionIds] })
      .andWhere(sessionStaffViewSql('s'), viewerParams(user))
      .orderBy('note.created_at')
      .getMany();
  }
}
