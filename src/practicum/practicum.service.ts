import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Access } from '../access/access.service';
import { target } from '../access/access-target';
import { Permission } from '../access/permission';
import { AuditEntry, AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { Transactions } from '../database/transactions';
import { badInput, ConflictError, NotFoundError } from '../errors/domain-errors';
import { PracticumEntryStatus, ReviewDecision } from './practicum-enums';
import { toPlacement } from './practicum-entry-view';
import { PracticumReader } from './practicum-reader.service';
import { CohortDates, LockedEntry, PracticumRepository } from './practicum.repository';
import { entryDateProblem, serverToday } from './practicum-rules';
import { CreatePlacementInput, LogPracticumInput, ReviewPracticumEntryInput, UpdatePracticumEntryInput } from './practicum.inputs';
import { PracticumLogEntry, PracticumPlacement } from './practicum.models';

type CountedState = Pick<LockedEntry, 'date' | 'minutes' | 'activity' | 'status'>;
type AuditState = Record<string, unknown> | null;

/** What the audit trail keeps of an entry: its counted state, never its text. */
const auditState = (entry: CountedState): AuditState => ({ status: entry.status, minutes: entry.minutes, date: entry.date, activity: entry.activity });

@Injectable()
export class PracticumService {
  constructor(
    private readonly access: Access,
    private readonly transactions: Transactions,
    private readonly repository: PracticumRepository,
    private readonly audit: AuditService,
    private readonly reader: PracticumReader,
  ) {}

  async createPlacement(user: AuthUser, input: CreatePlacementInput): Promise<PracticumPlacement> {
    await this.access.require(user, Permission.PRACTICUM_PLACEMENT_ADD, target.cohort(input.cohortId));
    const placement = await this.transactions.run(async (manager) => {
      const inserted = await this.repository.insertPlacement(
        { cohortId: input.cohortId, participantId: user.id, providerCode: input.providerCode, settingType: input.settingType, region: input.region?.trim() || null },
        `You already have a placement with provider code ${input.providerCode} in this cohort`,
        manager,
      );
      // The setting counts in reports; the provider code stays with the placement.
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'practicum.placement_created',
        entityType: 'practicum_placement',
        entityId: inserted.id,
        cohortId: input.cohortId,
        after: { settingType: inserted.settingType },
      });
      return inserted;
    });
    return toPlacement(placement);
  }

  async logPracticum(user: AuthUser, input: LogPracticumInput): Promise<PracticumLogEntry> {
    const entry = await this.transactions.run(async (manager) => {
      await this.access.require(user, Permission.PRACTICUM_PLACEMENT_USE, target.practicumPlacement(input.placementId), manager);
      const placement = await this.repository.placementForLogging(input.placementId, manager);
      if (!placement) throw new NotFoundError('Practicum placement');
      this.checkDate(input.date, placement.cohort);
      const saved = await this.repository.insertEntry(
        {
          placementId: placement.id,
          participantId: user.id,
          cohortId: placement.cohortId,
          date: input.date,
          minutes: input.minutes,
          activity: input.activity,
          reflection: input.reflection.trim(),
          status: PracticumEntryStatus.PENDING,
        },
        manager,
      );
      await this.audit.record(manager, this.auditEntry(user, 'practicum.logged', saved, null, auditState(saved)));
      return saved;
    });
    return this.reader.entry(user, entry.id);
  }

  async updatePracticumEntry(user: AuthUser, input: UpdatePracticumEntryInput): Promise<PracticumLogEntry> {
    const { entryId, ...changes } = input;
    if (Object.values(changes).every((value) => value === undefined || value === null)) {
      throw badInput('input', 'give at least one of date, minutes, activity or reflection to change');
    }
    await this.transactions.run(async (manager) => {
      const entry = await this.changeableEntry(user, entryId, manager);
      if (changes.date) this.checkDate(changes.date, entry.cohort);
      const after: CountedState = {
        date: changes.date ?? entry.date,
        minutes: changes.minutes ?? entry.minutes,
        activity: changes.activity ?? entry.activity,
        status: PracticumEntryStatus.PENDING,
      };
      const resubmitted = entry.status === PracticumEntryStatus.CHANGES_REQUESTED;
      await this.repository.updateEntry(entry.id, { ...after, reflection: changes.reflection?.trim(), resubmitted }, manager);
      await this.audit.record(manager, this.auditEntry(user, 'practicum.entry_updated', entry, auditState(entry), auditState(after)));
    });
    return this.reader.entry(user, entryId);
  }

  async deletePracticumEntry(user: AuthUser, entryId: string): Promise<boolean> {
    await this.transactions.run(async (manager) => {
      const entry = await this.changeableEntry(user, entryId, manager);
      await this.repository.deleteEntry(entry.id, manager);
      await this.audit.record(manager, this.auditEntry(user, 'practicum.entry_deleted', entry, auditState(entry), null));
    });
    return true;
  }

  /** Keeps the review as history, moves the entry to its new status and audits both, in one transaction. */
  async reviewPracticumEntry(user: AuthUser, input: ReviewPracticumEntryInput): Promise<PracticumLogEntry> {
    await this.transactions.run(async (manager) => {
      await this.access.require(user, Permission.PRACTICUM_ENTRY_REVIEW, target.practicumEntry(input.entryId), manager);
      const entry = await this.lockEntry(input.entryId, manager);
      if (entry.status !== PracticumEntryStatus.PENDING) {
        throw new ConflictError(`This entry is ${entry.status}; only PENDING entries are reviewed`);
      }
      if (entry.version !== input.version) {
        throw new ConflictError(`This entry changed since you read it (version ${input.version}, now ${entry.version}); read it again before reviewing`);
      }
      const comment = input.comment?.trim() ?? '';
      if (input.decision === ReviewDecision.CHANGES_REQUESTED && !comment) {
        throw badInput('comment', 'must say what to change when requesting changes');
      }
      const status = input.decision === ReviewDecision.APPROVED ? PracticumEntryStatus.APPROVED : PracticumEntryStatus.CHANGES_REQUESTED;
      await this.repository.insertReview({ entryId: entry.id, reviewerId: user.id, decision: input.decision, comment }, status, manager);
      await this.audit.record(
        manager,
        this.auditEntry(user, 'practicum.reviewed', entry, { status: entry.status, minutes: entry.minutes }, { status, minutes: entry.minutes }),
      );
    });
    return this.reader.entry(user, input.entryId);
  }

  /** The caller's own entry, locked, while it is not APPROVED. */
  private async changeableEntry(user: AuthUser, entryId: string, manager: EntityManager): Promise<LockedEntry> {
    await this.access.require(user, Permission.PRACTICUM_ENTRY_CHANGE, target.practicumEntry(entryId), manager);
    const entry = await this.lockEntry(entryId, manager);
    if (entry.status === PracticumEntryStatus.APPROVED) throw badInput('entryId', 'is APPROVED and can no longer be changed');
    return entry;
  }

  /** Gone between the access check and the lock only when a concurrent request deleted it. */
  private async lockEntry(entryId: string, manager: EntityManager): Promise<LockedEntry> {
    const entry = await this.repository.lockEntry(entryId, manager);
    if (!entry) throw new NotFoundError('Practicum entry');
    return entry;
  }

  private checkDate(date: string, cohort: CohortDates): void {
    const problem = entryDateProblem(date, cohort, serverToday());
    if (problem) throw badInput('date', problem);
  }

  private auditEntry(user: AuthUser, action: string, entry: Pick<LockedEntry, 'id' | 'cohortId'>, before: AuditState, after: AuditState): AuditEntry {
    return { actorId: user.id, action, entityType: 'practicum_log_entry', entityId: entry.id, cohortId: entry.cohortId, before, after };
  }
}
