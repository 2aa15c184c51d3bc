import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { LICENSES_QUERIES } from './licenses.queries';
import { StoredLicense } from './licenses.models';

/** How a viewer stands to one person, with the person's licences. */
export interface PersonLicenses {
  userId: string;
  self: boolean;
  teachesPerson: boolean;
  licenses: StoredLicense[];
}

interface PersonLicensesRow {
  user_id: string;
  self: boolean;
  teaches_person: boolean;
  licenses: StoredLicense[];
}

/** Every query on license (SQL only: licenses.queries.ts). */
@Injectable()
export class LicensesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The person's licences, the person locked until the transaction ends; null when there is no such person. */
  async lockLicensesOf(userId: string, manager: EntityManager): Promise<StoredLicense[] | null> {
    const locked: unknown[] = await manager.query(LICENSES_QUERIES.lockPerson, [userId]);
    if (!locked.length) return null;
    // Read after the lock, so a replacement that held it is seen.
    const [row]: { licenses: StoredLicense[] }[] = await manager.query(LICENSES_QUERIES.licensesOf, [userId]);
    return row.licenses;
  }

  /** One statement for any number of people. */
  async licensesOfPeople(viewerId: string, userIds: readonly string[]): Promise<PersonLicenses[]> {
    const rows: PersonLicensesRow[] = await this.dataSource.query(LICENSES_QUERIES.licensesOfPeople, [viewerId, userIds]);
    return rows.map((row) => ({ userId: row.user_id, self: row.self, teachesPerson: row.teaches_person, licenses: row.licenses }));
  }
}
