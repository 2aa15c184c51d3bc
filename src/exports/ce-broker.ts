import { t } from '../web/messages';
import { Cell, CsvTable } from './csv-format';
import type { CeRosterExport, CeRosterRow } from './exports.models';

/**
 * CE Broker's roster upload, column by column (A to J): provider tracking number (without `50-`),
 * course tracking number (without `20-`) or the provider's own course id, publishing number,
 * licence number, completion date (as Excel reads dates, `m/d/yyyy`), `State=XX`,
 * `Profession=CODE`, and for partial credit a subject area code and the hours.
 *
 * What our records hold: the approval number is the course tracking number; the provider tracking
 * number, publishing number and subject area code are not recorded (left blank for the
 * coordinator to fill in); the profession code is the licence type's code.
 */
export function ceBrokerTable(roster: CeRosterExport): CsvTable {
  return {
    header: [
      t('exports.ceBroker.providerNumber'), t('exports.ceBroker.courseNumber'), t('exports.ceBroker.providerCourseId'), t('exports.ceBroker.publishingNumber'),
      t('exports.ceBroker.licenseNumber'), t('exports.ceBroker.dateCompleted'), t('exports.ceBroker.state'), t('exports.ceBroker.profession'),
      t('exports.ceBroker.subjectArea'), t('exports.ceBroker.partialHours'),
    ],
    rows: roster.rows.map((row) => ceBrokerRow(roster.approvalNumber, row)),
  };
}

/** One licensee's line: full credit leaves the hours blank, partial credit gives them. */
export function ceBrokerRow(approvalNumber: string, row: Pick<CeRosterRow, 'licenseNumber' | 'licenseState' | 'licenseType' | 'completedOn' | 'partialCredit' | 'hours'>): Cell[] {
  return [
    null,
    courseTrackingNumber(approvalNumber),
    null,
    null,
    row.licenseNumber?.trim() || null,
    row.completedOn && excelDate(row.completedOn),
    row.licenseState && `State=${row.licenseState}`,
    row.licenseType && `Profession=${row.licenseType}`,
    null,
    row.partialCredit ? row.hours : null,
  ];
}

/** The approval number without CE Broker's `20-` course prefix. */
export function courseTrackingNumber(approvalNumber: string): string {
  return approvalNumber.trim().replace(/^20-/, '');
}

/** `2026-12-03` as `12/3/2026`, the date format CE Broker's upload reads. */
export function excelDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${month}/${date}/${year}`;
}
