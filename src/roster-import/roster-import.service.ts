import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Access } from '../access/access.service';
import { target } from '../access/access-target';
import { Permission } from '../access/permission';
import { AuditService } from '../audit/audit.service';
import { AccountsService } from '../auth/accounts.service';
import { AuthUser } from '../auth/auth-user';
import { EmailTakenError } from '../auth/email-taken.error';
import { UsersRepository } from '../auth/users.repository';
import { CeRecords } from '../ce/ce-records';
import { Transactions } from '../database/transactions';
import { badInput, ConflictError, NotFoundError } from '../errors/domain-errors';
import { replaceLicenses } from '../licenses/license-list';
import { LicenseStatus } from '../licenses/license-status';
import { StoredLicense } from '../licenses/licenses.models';
import { CohortEntity } from '../programs/cohort.entity';
import { EnrollmentRole } from '../programs/enrollment-role';
import { EnrollmentsService } from '../programs/enrollments.service';
import { ProgramsRepository } from '../programs/programs.repository';
import { readRoster } from './roster-csv';
import { RosterImport, RosterImportRow, RosterLineAction } from './roster-import.models';
import { RosterImportRepository } from './roster-import.repository';
import { describeChange, PlannedLine, planRoster, RosterChange, StoredLicenseRow } from './roster-plan';

/** Names the door in the audit trail, beside each change it made. */
const SOURCE = 'roster-import';

export interface RosterImportRequest {
  cohortId: string;
  csv: string;
  /** false: a dry run. */
  apply: boolean;
}

/** Lines written so far, of all the lines of the file. */
export type ImportProgress = (done: number, total: number) => void;

/** What applying one line wrote. */
interface Written {
  userId: string;
  enrollmentId: string | null;
}

const asStored = (licenses: readonly StoredLicenseRow[]): StoredLicense[] => licenses.map((license) => ({ ...license, status: LicenseStatus[license.status] }));

/**
 * A roster file into a cohort, for those who administer it: each line planned against what is
 * stored (src/roster-import/roster-plan.ts), and, when applied, all of it written in one transaction
 * or, when any line is refused, none of it. New people get an account and an e-mailed invitation.
 */
@Injectable()
export class RosterImportService {
  constructor(
    private readonly access: Access,
    private readonly transactions: Transactions,
    private readonly imports: RosterImportRepository,
    private readonly programs: ProgramsRepository,
    private readonly users: UsersRepository,
    private readonly accounts: AccountsService,
    private readonly enrollments: EnrollmentsService,
    private readonly audit: AuditService,
    private readonly ceRecords: CeRecords,
  ) {}

  /** The cohort a roster goes into, for its import page. */
  async cohortFor(caller: AuthUser, cohortId: string): Promise<CohortEntity> {
    await this.access.require(caller, Permission.COHORT_ADMINISTER, target.cohort(cohortId));
    const [cohort] = await this.programs.cohortsByIds([cohortId]);
    if (!cohort) throw new NotFoundError('Cohort');
    return cohort;
  }

  /** A file the whole of which cannot be read is BAD_USER_INPUT on `csv`; a line that cannot be imported is reported with its reason. */
  async import(caller: AuthUser, request: RosterImportRequest, onProgress?: ImportProgress): Promise<RosterImport> {
    await this.access.require(caller, Permission.COHORT_ADMINISTER, target.cohort(request.cohortId));
    const reading = readRoster(request.csv);
    if (!reading.ok) throw badInput('csv', reading.problem);
    return this.transactions.run(async (manager) => {
      // Locked first, as enrolling does: seats are counted by one writer at a time.
      const cohort = await this.programs.lockCohort(request.cohortId, manager);
      if (!cohort) throw new NotFoundError('Cohort');
      const emails = reading.lines.flatMap((line) => (line.email ? [line.email] : []));
      const existing = await this.imports.peopleByEmail(emails, cohort.id, manager);
      const seated = await this.programs.countParticipants(cohort.id, manager);
      const plan = planRoster(reading.lines, existing, { capacity: cohort.capacity, seated, callerIsAdmin: caller.isAdmin });
      const applied = request.apply && plan.every((line) => line.action !== 'REFUSED');
      const written = new Map<number, Written>();
      if (applied) {
        for (const [index, line] of plan.entries()) {
          if (line.changes.length) written.set(line.line, await this.write(manager, caller, cohort.id, line));
          onProgress?.(index + 1, plan.length);
        }
      }
      return report(plan, applied, written);
    });
  }

  private async write(manager: EntityManager, caller: AuthUser, cohortId: string, line: PlannedLine): Promise<Written> {
    let userId = line.existing?.userId ?? null;
    let enrollmentId: string | null = null;
    for (const change of line.changes) {
      if (change.kind === 'account') userId = await this.invite(manager, caller, line, change);
      else if (change.kind === 'name') await this.rename(manager, caller, userId!, change);
      else if (change.kind === 'licenses') await this.relicense(manager, caller, userId!, change);
      else enrollmentId = await this.enroll(manager, caller, cohortId, userId!, EnrollmentRole[change.role]);
    }
    return { userId: userId!, enrollmentId };
  }

  private async invite(manager: EntityManager, caller: AuthUser, line: PlannedLine, change: Extract<RosterChange, { kind: 'account' }>): Promise<string> {
    const person = { email: line.email!, fullName: line.fullName!, isAdmin: false, licenses: asStored(change.licenses) };
    try {
      return (await this.accounts.inviteIn(manager, caller.id, person, SOURCE)).id;
    } catch (error) {
      // Someone made the account since the file was read: the import stops, and a second run finds it.
      if (error instanceof EmailTakenError) throw new ConflictError(`Line ${line.line}: an account with this address was made meanwhile; nothing was imported, import the file again`);
      throw error;
    }
  }

  private async rename(manager: EntityManager, caller: AuthUser, userId: string, change: Extract<RosterChange, { kind: 'name' }>): Promise<void> {
    await this.users.update(userId, { fullName: change.after }, manager);
    // As updateUser records it: the names, never an address.
    await this.audit.record(manager, {
      actorId: caller.id,
      action: 'user.updated',
      entityType: 'user',
      entityId: userId,
      before: { fullName: change.before },
      after: { fullName: change.after, emailChanged: false, source: SOURCE },
    });
  }

  private async relicense(manager: EntityManager, caller: AuthUser, userId: string, change: Extract<RosterChange, { kind: 'licenses' }>): Promise<void> {
    await replaceLicenses(manager, userId, asStored(change.after));
    await this.audit.record(manager, {
      actorId: caller.id,
      action: 'license.set',
      entityType: 'user',
      entityId: userId,
      before: { licenses: change.before },
      after: { licenses: change.after, source: SOURCE },
    });
    await this.ceRecords.afterLicenses(manager, userId);
  }

  private async enroll(manager: EntityManager, caller: AuthUser, cohortId: string, userId: string, role: EnrollmentRole): Promise<string> {
    return (await this.enrollments.addEnrollment(caller.id, { cohortId, userId, role, enrolledAt: new Date() }, manager, SOURCE)).id;
  }
}

function report(plan: PlannedLine[], applied: boolean, written: ReadonlyMap<number, Written>): RosterImport {
  const count = (action: RosterLineAction) => plan.filter((line) => line.action === action).length;
  return {
    applied,
    created: count(RosterLineAction.CREATED),
    updated: count(RosterLineAction.UPDATED),
    unchanged: count(RosterLineAction.UNCHANGED),
    refused: plan.flatMap((line) => (line.reason === null ? [] : [{ line: line.line, reason: line.reason }])),
    rows: plan.map((line) => row(line, written.get(line.line))),
  };
}

function row(line: PlannedLine, written: Written | undefined): RosterImportRow {
  const enrolled = line.existing?.enrollments.find((enrollment) => enrollment.role === line.role);
  return {
    line: line.line,
    email: line.email,
    fullName: line.fullName,
    role: line.role && EnrollmentRole[line.role],
    action: RosterLineAction[line.action],
    changes: line.changes.map(describeChange),
    notes: line.notes,
    reason: line.reason,
    userId: written?.userId ?? line.existing?.userId ?? null,
    enrollmentId: written?.enrollmentId ?? enrolled?.id ?? null,
  };
}
