import { contactHours } from '../certificates/certificate-format';
import type { MessageKey } from '../web/messages';
import { t } from '../web/messages';
import { CsvTable, dayIn } from './csv-format';
import type { AttendanceExportRow, CeRosterExport } from './exports.models';

/** What the tables read of a requirement and of one participant's standing against it (completion's RequirementProgress). */
interface RequirementShape {
  kind: string;
  sessionKinds: string[];
  label: string | null;
  threshold: number;
}

interface RequirementStanding extends RequirementShape {
  achieved: number;
  waived: boolean;
}

/** One participant's progress (completion's Progress). */
export interface ProgressShape {
  user: { fullName: string };
  withdrawnOn: string | null;
  eligible: boolean;
  requirements: RequirementStanding[];
}

/** One participant's hours (transcripts' HoursTranscript). */
export interface TranscriptShape {
  participant: { fullName: string };
  contactHours: number;
  contactMinutes: number;
  optionalMinutes: number;
  madeUpMinutes: number;
  lines: { category: string; name: string; sessions: number; minutes: number }[];
}

/** One certificate (certificates' Certificate). */
export interface CertificateShape {
  holderName: string;
  code: string;
  revokedAt: Date | null;
  issuedAt: Date;
  contactHours: number;
  revocationReason: string | null;
  verifyUrl: string;
}

const yesNo = (value: boolean) => t(value ? 'exports.cell.yes' : 'exports.cell.no');
const kindName = (kind: string) => t(`exports.kind.${kind}` as MessageKey);
const isMinutes = (requirement: Pick<RequirementShape, 'kind'>) => requirement.kind.endsWith('_MINUTES');

/** A requirement as its column is named: its label, or its kind (and the session kinds it counts). */
export function requirementName(requirement: RequirementShape): string {
  if (requirement.label) return requirement.label;
  const kinds = requirement.sessionKinds.length ? ` (${requirement.sessionKinds.map(kindName).join(', ')})` : '';
  return `${t(`progress.kind.${requirement.kind}` as MessageKey)}${kinds}`;
}

/** "3 of 3", "7.5 of 9 h" (minutes kinds in hours), and ", waived" where it is. */
export function standingCell(standing: RequirementStanding): string {
  const cell = isMinutes(standing)
    ? t('exports.cell.ofHours', { achieved: contactHours(standing.achieved), needed: contactHours(standing.threshold) })
    : t('exports.cell.of', { achieved: standing.achieved, needed: standing.threshold });
  return standing.waived ? t('exports.cell.waived', { cell }) : cell;
}

/** A row per participant, a column per requirement (in the cohort's order, as each participant's progress lists them). */
export function progressTable(requirements: RequirementShape[], participants: ProgressShape[]): CsvTable {
  return {
    header: [t('exports.col.participant'), t('exports.col.withdrawnOn'), t('exports.col.eligible'), ...requirements.map(requirementName)],
    rows: participants.map((participant) => [
      participant.user.fullName,
      participant.withdrawnOn,
      yesNo(participant.eligible),
      ...participant.requirements.map(standingCell),
    ]),
  };
}

/** A row per participant and session, on the cohort's clock. */
export function attendanceTable(rows: AttendanceExportRow[]): CsvTable {
  return {
    header: [
      t('exports.col.participant'), t('exports.col.sessionDate'), t('exports.col.startTime'), t('exports.col.session'), t('exports.col.kind'),
      t('exports.col.optional'), t('exports.col.duration'), t('exports.col.status'), t('exports.col.minutesAttended'), t('exports.col.minutesCredited'),
    ],
    rows: rows.map((row) => [
      row.participant.fullName, row.localDate, row.localTime, row.sessionTitle, kindName(row.kind), yesNo(row.optional), row.durationMinutes,
      t(`attendance.status.${row.status}` as MessageKey), row.minutesAttended, row.creditedMinutes,
    ]),
  };
}

/** A row per participant: the transcript's totals, then sessions (or entries) and minutes by category, in the transcript's order. */
export function transcriptsTable(transcripts: TranscriptShape[]): CsvTable {
  const categories = transcripts[0]?.lines ?? [];
  return {
    header: [
      t('exports.col.participant'), t('exports.col.contactHours'), t('exports.col.contactMinutes'), t('exports.col.optionalMinutes'), t('exports.col.madeUpMinutes'),
      ...categories.flatMap((line) => [t('exports.col.categorySessions', { category: line.name }), t('exports.col.categoryMinutes', { category: line.name })]),
    ],
    rows: transcripts.map((transcript) => {
      const byCategory = new Map(transcript.lines.map((line) => [line.category, line]));
      return [
        transcript.participant.fullName, transcript.contactHours, transcript.contactMinutes, transcript.optionalMinutes, transcript.madeUpMinutes,
        ...categories.flatMap(({ category }) => [byCategory.get(category)?.sessions ?? 0, byCategory.get(category)?.minutes ?? 0]),
      ];
    }),
  };
}

/** A board's roster: who earned what under the approval, with the licence it was earned under. */
export function ceRosterTable(roster: CeRosterExport): CsvTable {
  return {
    header: [
      t('exports.col.nameOnLicence'), t('exports.col.licenceType'), t('exports.col.licenceState'), t('exports.col.licenceNumber'),
      t('exports.col.completionDate'), t(`exports.col.${roster.unit}`), t('exports.col.approvalNumber'), t('exports.col.board'),
    ],
    rows: roster.rows.map((row) => [
      row.participant.fullName, row.licenseType, row.licenseState, row.licenseNumber, row.completedOn, row.credit, roster.approvalNumber, roster.board,
    ]),
  };
}

/** Every certificate issued, valid or revoked, with its day of issue and revocation on the cohort's clock. */
export function certificatesTable(certificates: CertificateShape[], timeZone: string): CsvTable {
  return {
    header: [
      t('exports.col.holder'), t('exports.col.code'), t('exports.col.status'), t('exports.col.issuedOn'), t('exports.col.contactHours'),
      t('exports.col.revokedOn'), t('exports.col.revocationReason'), t('exports.col.verifyUrl'),
    ],
    rows: certificates.map((certificate) => [
      certificate.holderName, certificate.code, t(certificate.revokedAt ? 'exports.cell.revoked' : 'exports.cell.valid'), dayIn(certificate.issuedAt, timeZone),
      certificate.contactHours, certificate.revokedAt && dayIn(certificate.revokedAt, timeZone), certificate.revocationReason, certificate.verifyUrl,
    ]),
  };
}
