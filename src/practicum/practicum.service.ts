import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { badInput, ConflictError, ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { CohortAccess } from '../programs/cohort-access.service';
import { EnrollmentRole } from '../programs/enrollment-role';
import { PracticumActivity, PracticumEntryStatus, ReviewDecision } from './practicum-enums';
import { cohortAndRolesSql, CohortAndRolesRow, facilitatesAuthorSql, rolesFrom, toPlacement } from './practicum-entry.query';
import { PracticumLogEntryEntity } from './practicum-log-entry.entity';
import { PracticumPlacementEntity } from './practicum-placement.entity';
import { PracticumReader } from './practicum-reader.service';
import { PracticumReviewEntity } from './practicum-review.entity';
import { entryDateProblem, serverToday } from './practicum-rules';
import { CreatePlacementInput, LogPracticumInput, ReviewPracticumEntryInput, UpdatePracticumEntryInput } from './practicum.inputs';
import { PracticumLogEntry, PracticumPlacement } from './practicum.models';
import { EntryViewer, requireParticipant, requirePracticumAuthor, requirePracticumReviewer } from './practicum.policy';

type LockedEntry = Pick<PracticumLogEntryEntity, 'id' | 'participantId' | 'cohortId' | 'date' | 'minutes' | 'activity' | 'status'>;

interface LockedRow extends CohortAndRolesRow {
  id: string;
  participant_id: string;
  date: string;
  minutes: number;
  activity: PracticumActivity;
  status: PracticumEntryStatus;
  viewer_facilitates: boolean;
}

type AuditState = Record<string, unknown> | null;

/** What the audit trail keeps of an entry: its counted state, never its text. */
const auditState = (entry: LockedEntry): AuditState => ({ status: entry.status, minutes: entry.minutes, date: entry.date, activity: entry.activity });

@Injectable()
export class PracticumService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CohortAccess,
    private readonly audit: AuditService,
    private readonly reader: PracticumReader,
  ) {}

  async createPlacement(user: AuthUser, input: CreatePlacementInput): Promise<PracticumPlacement> {
    requireParticipant(await this.access.of(user, input.cohortId));
    const inserted = await this.dataSource
      .getRepository(PracticumPlacementEntity)
      .createQueryBuilder()
      .insert()
      .values({
        cohortId: input.cohortId,
        participantId: user.id,
        providerCode: input.providerCode,
        settingType: input.settingType,
        region: input.region?.trim() || null,
      })
      .orIgnore()
      .returning(['id', 'providerCode', 'settingType', 'region', 'createdAt'])
      .execute();
    const row = inserted.raw[0];
    if (!row) throw new ConflictError(`You already have a placement with provider code ${input.providerCode} in this cohort`);
    return toPlacement({ id: row.id, providerCode: row.provider_code, settingType: row.setting_type, region: row.region, createdAt: row.created_at });
  }

  async logPracticum(user: AuthUser, input: LogPracticumInput): Promise<PracticumLogEntry> {
    const entry = await this.dataSource.transaction(async (manager) => {
      const placement = await this.ownPlacement(manager, user, input.placementId);
      this.checkDate(input.date, placement);
      const saved = await manager.getRepository(PracticumLogEntryEntity).save({
        placementId: placement.id,
        participantId: user.id,
        cohortId: placement.cohortId,
        date: input.date,
        minutes: input.minutes,
        activity: input.activity,
        reflection: input.reflection.trim(),
        status: PracticumEntryStatus.PENDING,
      });
      await this.audit.record(manager, this.auditEntry(user, 'practicum.logged', saved, null, auditState(saved)));
      return saved;
    });
    return this.reread(user, entry);
  }

  async updatePracticumEntry(user: AuthUser, input: UpdatePracticumEntryInput): Promise<PracticumLogEntry> {
    const { entryId, ...changes } = input;
    if (Object.values(changes).every((value) => value === undefined || value === null)) {
      throw badInput('input', 'give at least one of date, minutes, activity or reflection to change');
    }
    const entry = await this.dataSource.transaction(async (manager) => {
      const { entry, viewer, cohort } = await this.lockEntry(manager, user, entryId);
      requirePracticumAuthor(viewer, entry.participantId);
      this.requireChangeable(entry);
      if (changes.date) this.checkDate(changes.date, cohort);
      const resubmitted = entry.status === PracticumEntryStatus.CHANGES_REQUESTED;
      const after: LockedEntry = {
        ...entry,
        date: changes.date ?? entry.date,
        minutes: changes.minutes ?? entry.minutes,
        activity: changes.activity ?? entry.activity,
        status: PracticumEntryStatus.PENDING,
      };
      await manager.getRepository(PracticumLogEntryEntity).update(entry.id, {
        date: after.date,
        minutes: after.minutes,
        activity: after.activity,
        status: after.status,
        ...(changes.reflection ? { reflection: changes.reflection.trim() } : {}),
        ...(resubmitted ? { submittedAt: () => 'now()' } : {}),
      });
      await this.audit.record(manager, this.auditEntry(user, 'practicum.entry_updated', entry, auditState(entry), auditState(after)));
      return entry;
    });
    return this.reread(user, entry);
  }

  async deletePracticumEntry(user: AuthUser, entryId: string): Promise<boolean> {
    await this.dataSource.transaction(async (manager) => {
      const { entry, viewer } = await this.lockEntry(manager, user, entryId);
      requirePracticumAuthor(viewer, entry.participantId);
      this.requireChangeable(entry);
      await manager.getRepository(PracticumLogEntryEntity).delete(entry.id);
      await this.audit.record(manager, this.auditEntry(user, 'practicum.entry_deleted', entry, auditState(entry), null));
    });
    return true;
  }

  /** Keeps the review as history, moves the entry to its new status and audits both, in one transaction. */
  async reviewPracticumEntry(user: AuthUser, input: ReviewPracticumEntryInput): Promise<PracticumLogEntry> {
    const entry = await this.dataSource.transaction(async (manager) => {
      const { entry, viewer } = await this.lockEntry(manager, user, input.entryId);
      requirePracticumReviewer(viewer, entry.participantId);
      if (entry.status !== PracticumEntryStatus.PENDING) {
        throw new ConflictError(`This entry is ${entry.status}; only PENDING entries are reviewed`);
      }
      const comment = input.comment.trim();
      if (input.decision === ReviewDecision.CHANGES_REQUESTED && !comment) {
        throw badInput('comment', 'must say what to change when requesting changes');
      }
      const status = input.decision === ReviewDecision.APPROVED ? PracticumEntryStatus.APPROVED : PracticumEntryStatus.CHANGES_REQUESTED;
      await manager.getRepository(PracticumReviewEntity).insert({ entryId: entry.id, reviewerId: user.id, decision: input.decision, comment });
      await manager.getRepository(PracticumLogEntryEntity).update(entry.id, { status });
      await this.audit.record(
        manager,
        this.auditEntry(user, 'practicum.reviewed', entry, { status: entry.status, minutes: entry.minutes }, { status, minutes: entry.minutes }),
      );
      return entry;
    });
    return this.reread(user, entry);
  }

  /** The caller's own placement with its cohort's dates; another participant's placement does not exist for them. */
  private async ownPlacement(manager: EntityManager, user: AuthUser, placementId: string) {
    const [row] = await manager.query<{ id: string; cohort_id: string; starts_on: string; ends_on: string; is_participant: boolean }[]>(
      `SELECT p.id, p.cohort_id, c.starts_on, c.ends_on,
         EXISTS (SELECT 1 FROM enrollment en WHERE en.cohort_id = p.cohort_id AND en.user_id = $2 AND en.role = $3) AS is_participant
       FROM practicum_placement p JOIN cohort c ON c.id = p.cohort_id
       WHERE p.id = $1 AND p.participant_id = $2`,
      [placementId, user.id, EnrollmentRole.PARTICIPANT],
    );
    if (!row) throw new NotFoundError('Practicum placement');
    if (!row.is_participant) throw new ForbiddenError('Only participants of this cohort keep a practicum log');
    return { id: row.id, cohortId: row.cohort_id, startsOn: row.starts_on, endsOn: row.ends_on };
  }

  /** Locks the entry for the rest of the transaction and tells who the caller is to it. */
  private async lockEntry(manager: EntityManager, user: AuthUser, entryId: string) {
    const [row] = await manager.query<LockedRow[]>(
      `SELECT e.id, e.participant_id, e.date, e.minutes, e.activity, e.status,
         ${facilitatesAuthorSql('$2')} AS viewer_facilitates, ${cohortAndRolesSql('$2')}
       FROM practicum_log_entry e JOIN cohort c ON c.id = e.cohort_id
       WHERE e.id = $1
       FOR UPDATE OF e`,
      [entryId, user.id],
    );
    if (!row) throw new NotFoundError('Practicum entry');
    const roles = rolesFrom(user, row);
    const viewer: EntryViewer = { roles, facilitatesAuthor: row.viewer_facilitates };
    const entry: LockedEntry = {
      id: row.id,
      participantId: row.participant_id,
      cohortId: row.cohort_id,
      date: row.date,
      minutes: row.minutes,
      activity: row.activity,
      status: row.status,
    };
    return { entry, viewer, cohort: roles.cohort };
  }

  private requireChangeable(entry: LockedEntry): void {
    if (entry.status === PracticumEntryStatus.APPROVED) throw badInput('entryId', 'is APPROVED and can no longer be changed');
  }

  private checkDate(date: string, cohort: { startsOn: string; endsOn: string }): void {
    const problem = entryDateProblem(date, cohort, serverToday());
    if (problem) throw badInput('date', problem);
  }

  private auditEntry(user: AuthUser, action: string, entry: Pick<LockedEntry, 'id' | 'cohortId'>, before: AuditState, after: AuditState): AuditEntry {
    return { actorId: user.id, action, entityType: 'practicum_log_entry', entityId: entry.id, cohortId: entry.cohortId, before, after };
  }

  private async reread(user: AuthUser, entry: Pick<LockedEntry, 'id' | 'cohortId'>): Promise<PracticumLogEntry> {
    const [found] = await this.reader.entriesById(user, entry.cohortId, [entry.id]);
    return found;
  }
}
