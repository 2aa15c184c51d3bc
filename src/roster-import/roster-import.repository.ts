import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ExistingPerson, StoredEnrollmentRow, StoredLicenseRow } from './roster-plan';
import { ROSTER_IMPORT_QUERIES } from './roster-import.queries';

interface PersonRow {
  user_id: string;
  email: string;
  full_name: string;
  deactivated: boolean;
  licenses: StoredLicenseRow[];
  enrollments: StoredEnrollmentRow[];
}

/** What a roster import reads: the accounts a file names, as they stand toward the cohort. */
@Injectable()
export class RosterImportRepository {
  /** By address (as stored), in one statement for the whole file. */
  async peopleByEmail(emails: readonly string[], cohortId: string, manager: EntityManager): Promise<Map<string, ExistingPerson>> {
    const rows: PersonRow[] = emails.length ? await manager.query(ROSTER_IMPORT_QUERIES.peopleByEmail, [emails, cohortId]) : [];
    return new Map(
      rows.map((row) => [
        row.email,
        { userId: row.user_id, fullName: row.full_name, deactivated: row.deactivated, licenses: row.licenses, enrollments: row.enrollments },
      ]),
    );
  }
}
