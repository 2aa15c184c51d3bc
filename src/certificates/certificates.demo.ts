import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CeApprovalEntity } from '../ce/ce-approval.entity';
import { CompletionRequirementEntity } from '../completion/completion-requirement.entity';
import { evaluateParticipants } from '../completion/evaluate-participants';
import { RequirementKind } from '../completion/requirement-kind';
import { loadConfig } from '../config/app-config';
import { DemoContext } from '../demo/demo-context';
import { CertificateWriter, cohortWithProgram } from './certificate-writer';
import { CertificateEntity } from './certificate.entity';
import { CredentialSigner } from './credential-signer.service';
import { signingKeyPems } from './signing-key-ring.provider';
import { SigningKeyRing } from './signing-keys';

/** Thresholds the demo cohort's first three months can meet (a real cohort sets the full-year ones). */
const DEMO_REQUIREMENTS = [
  { kind: RequirementKind.FACULTY_SESSIONS_ATTENDED, threshold: 3 },
  { kind: RequirementKind.COMMUNITY_SESSIONS_ATTENDED, threshold: 2 },
  { kind: RequirementKind.TOTAL_CONTACT_MINUTES, threshold: 540 },
];
/** Ana (LCSW), Marcus (LMFT), Priya (no license: no CE record) and Devon (LCSW, revoked). */
const CERTIFIED = [0, 1, 2, 4];
const HELD_BEFORE = new Date('2026-11-23T00:00:00Z');

/** Requirements, a (fictional) CE approval, four certificates and one revocation. Runs last. */
export async function seedCertificates(context: DemoContext): Promise<void> {
  const { manager, cohort, coordinator } = context;
  const audit = new AuditService();
  await manager.getRepository(CompletionRequirementEntity).insert(DEMO_REQUIREMENTS.map((requirement) => ({ ...requirement, cohortId: cohort.id })));
  await manager.getRepository(CeApprovalEntity).insert({
    cohortId: cohort.id,
    board: 'Fictional State Board of Behavioral Sciences',
    approvalNumber: 'DEMO-CEP-000000',
    statement:
      'Course meets the qualifications for continuing education credit for LMFTs, LCSWs, LPCCs and LEPs as required ' +
      'by the Fictional State Board of Behavioral Sciences (demo approval, not a real provider number).',
    approvedById: coordinator.id,
  });
  const holders = CERTIFIED.map((index) => context.participants[index]);
  await attendEverythingHeld(manager, audit, cohort.id, holders.map((holder) => holder.id));

  const evaluated = await evaluateParticipants(manager, cohort.id, holders.map((holder) => holder.id));
  const writer = new CertificateWriter(new CredentialSigner(loadConfig(), await demoKeyRing()), audit);
  await writer.issue(manager, coordinator.id, await cohortWithProgram(manager, cohort.id), evaluated.filter((p) => p.progress.eligible));
  const revoked = await manager.getRepository(CertificateEntity).findOneBy({ cohortId: cohort.id, userId: holders[3].id });
  if (revoked) {
    await writer.revoke(manager, coordinator.id, revoked.id, 'Issued before the final practicum review was complete.');
  }
}

/** The same keys the app signs with (configuration, or the development keys under DATA_DIR). */
function demoKeyRing(): Promise<SigningKeyRing> {
  return SigningKeyRing.fromPems(signingKeyPems(loadConfig()));
}

/** Marks the holders PRESENT for every held seminar and every held meeting of their community. */
async function attendEverythingHeld(manager: EntityManager, audit: AuditService, cohortId: string, userIds: string[]): Promise<void> {
  const rows: { id: string; user_id: string; minutes_attended: number }[] = await manager.query(
    `INSERT INTO attendance (session_id, user_id, status, minutes_attended)
     SELECT s.id, u.id, 'PRESENT', s.duration_minutes
     FROM session s CROSS JOIN unnest($2::uuid[]) AS u(id)
     WHERE s.cohort_id = $1 AND s.cancelled_at IS NULL AND s.starts_at < $3
       AND (s.kind = 'FACULTY_SEMINAR'
            OR (s.kind = 'COMMUNITY_OF_PRACTICE'
                AND EXISTS (SELECT 1 FROM community_member m WHERE m.community_id = s.community_id AND m.user_id = u.id)))
     ON CONFLICT (session_id, user_id) DO UPDATE SET status = 'PRESENT', minutes_attended = EXCLUDED.minutes_attended
       WHERE attendance.status <> 'PRESENT' OR attendance.minutes_attended < EXCLUDED.minutes_attended
     RETURNING id, user_id, minutes_attended`,
    [cohortId, userIds, HELD_BEFORE],
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
