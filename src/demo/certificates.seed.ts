import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CeApprovalEntity } from '../ce/ce-approval.entity';
import { CeRecords } from '../ce/ce-records';
import { CertificateWriter } from '../certificates/certificate-writer';
import { CertificatesRepository } from '../certificates/certificates.repository';
import { CompletionRequirementEntity } from '../completion/completion-requirement.entity';
import { ProgressEvaluator } from '../completion/progress-evaluator';
import { RequirementKind } from '../completion/requirement-kind';
import { ProgramsRepository } from '../programs/programs.repository';
import { RECORDED_BEFORE } from './demo-calendar';
import { DemoContext, DemoStep } from './demo-context';
import { demoQueries } from './demo.queries';

/** Thresholds the demo cohort's first three months can meet (a real cohort sets the full-year ones). */
const DEMO_REQUIREMENTS = [
  { kind: RequirementKind.FACULTY_SESSIONS_ATTENDED, threshold: 3 },
  { kind: RequirementKind.COMMUNITY_SESSIONS_ATTENDED, threshold: 2 },
  { kind: RequirementKind.TOTAL_CONTACT_MINUTES, threshold: 540 },
];
/** Ana (LCSW), Marcus (LMFT), Priya (no license: no CE record) and Devon (LCSW, revoked). */
const CERTIFIED = [0, 1, 2, 4];

/** Participants' licences by position (fictional numbers): what CE is decided by, not their display credentials. */
const DEMO_LICENSES: [participant: number, type: string, number: string, status: 'ACTIVE' | 'ASSOCIATE' | 'INACTIVE'][] = [
  [0, 'LCSW', 'LCSW 00001', 'ACTIVE'],
  [1, 'LMFT', 'LMFT 00002', 'ACTIVE'],
  [3, 'LPCC', 'LPCC 00004', 'ACTIVE'],
  [4, 'LCSW', 'LCSW 00005', 'ACTIVE'],
  [6, 'LMFT', 'LMFT 00007', 'INACTIVE'],
  [7, 'ASW', 'ASW 00008', 'ASSOCIATE'],
  [9, 'LCSW', 'LCSW 00010', 'ACTIVE'],
  [10, 'PSYCHOLOGIST', 'PSY 00011', 'ACTIVE'],
];

const FICTIONAL = '(demo approval, not a real provider number)';

/** A state board's approval that comes with the certificate, and a social-work chapter's that awards per attended hour. */
const DEMO_APPROVALS: Partial<CeApprovalEntity>[] = [
  {
    board: 'Fictional State Board of Behavioral Sciences',
    approvalNumber: 'DEMO-CEP-000000',
    statement: `Course meets the qualifications for continuing education credit for LMFTs, LCSWs, LPCCs and LEPs as required by the Fictional State Board of Behavioral Sciences ${FICTIONAL}.`,
    licenseTypes: ['LCSW', 'ASW', 'LMFT', 'AMFT', 'LPCC', 'APCC', 'LEP'],
    licenseStates: ['CA'],
  },
  {
    board: 'Fictional Chapter of Social Workers',
    approvalNumber: 'DEMO-SW-000001',
    statement: `Approved for continuing education contact hours for social workers ${FICTIONAL}.`,
    licenseTypes: ['LCSW', 'ASW'],
    requiresCompletion: false,
    incrementMinutes: 30,
  },
];

/** Requirements, licences, two (fictional) CE approvals, four certificates and one revocation. Runs last. */
@Injectable()
export class CertificatesSeed implements DemoStep {
  constructor(
    private readonly audit: AuditService,
    private readonly programs: ProgramsRepository,
    private readonly evaluator: ProgressEvaluator,
    private readonly certificates: CertificatesRepository,
    /** Signs with the app's own key ring (configuration, or the development keys under DATA_DIR). */
    private readonly writer: CertificateWriter,
    private readonly ceRecords: CeRecords,
  ) {}

  async seed(context: DemoContext): Promise<void> {
    const { manager, cohort, coordinator } = context;
    await manager.getRepository(CompletionRequirementEntity).insert(DEMO_REQUIREMENTS.map((requirement) => ({ ...requirement, cohortId: cohort.id })));
    const licensed = DEMO_LICENSES.map(([participant]) => context.participants[participant].id);
    await manager.query(demoQueries.insertLicenses, [licensed, ...[1, 2, 3].map((field) => DEMO_LICENSES.map((license) => license[field]))]);
    await manager.getRepository(CeApprovalEntity).insert(DEMO_APPROVALS.map((approval) => ({ ...approval, cohortId: cohort.id, approvedById: coordinator.id })));
    const holders = CERTIFIED.map((index) => context.participants[index]);
    await attendEverythingHeld(manager, this.audit, cohort.id, holders.map((holder) => holder.id));
    await this.ceRecords.afterAttendance(manager, cohort.id);

    const evaluated = await this.evaluator.evaluate(cohort.id, { participantIds: holders.map((holder) => holder.id) }, manager);
    // The demo's people step created the cohort with its program.
    const withProgram = (await this.programs.cohortWithProgram(cohort.id, manager))!;
    await this.writer.issue(manager, coordinator.id, withProgram, evaluated.filter((participant) => participant.progress.eligible));
    const revoked = await this.certificates.held(cohort.id, holders[3].id, manager);
    if (revoked) {
      await this.writer.revoke(manager, coordinator.id, revoked.id, 'Issued before the final practicum review was complete.');
    }
  }
}

/** Marks the holders PRESENT for every held seminar and every held meeting of their community. */
async function attendEverythingHeld(manager: EntityManager, audit: AuditService, cohortId: string, userIds: string[]): Promise<void> {
  const rows: { id: string; user_id: string; minutes_attended: number }[] = await manager.query(
    demoQueries.attendEverythingHeld,
    [cohortId, userIds, RECORDED_BEFORE],
  );
  await audit.recordMany(
    manager,
    rows.map((row) => ({
      actorId: null,
      action: 'attendance.recorded',
      entityType: 'attendance',
      entityId: row.id,
      cohortId,
      after: { status: 'PRESENT', minutesAttended: row.minutes_attended },
    })),
  );
}
