import { EntityManager } from 'typeorm';
import { badInput } from '../errors/domain-errors';
import { StoredLicense } from './licenses.models';
import { LICENSES_QUERIES } from './licenses.queries';

/** A licence list as given in an input: its fields only. */
export function storedLicenses(licenses: readonly StoredLicense[]): StoredLicense[] {
  return licenses.map(({ type, state, number, status }) => ({ type, state, number, status }));
}

/** One licence per type and state: the later of two is the mistake (named `<field>.N.type`). */
export function requireDistinctLicenses(licenses: readonly StoredLicense[], field = 'licenses'): void {
  const seen = new Set<string>();
  licenses.forEach((license, index) => {
    const key = `${license.type} ${license.state}`;
    if (seen.has(key)) throw badInput(`${field}.${index}.type`, `lists ${license.type} in ${license.state} a second time`);
    seen.add(key);
  });
}

/** In the order licences are read back (by type, then state), so before and after compare line by line. */
export function sortedLicenses(licenses: readonly StoredLicense[]): StoredLicense[] {
  return [...licenses].sort((a, b) => a.type.localeCompare(b.type) || a.state.localeCompare(b.state));
}

/** Makes the person's licences exactly these, in the caller's transaction. */
export async function replaceLicenses(manager: EntityManager, userId: string, licenses: readonly StoredLicense[]): Promise<void> {
  const column = (field: keyof StoredLicense) => licenses.map((license) => license[field]);
  await manager.query(LICENSES_QUERIES.removeLicensesNotListed, [userId, column('type'), column('state')]);
  if (licenses.length) {
    await manager.query(LICENSES_QUERIES.upsertLicenses, [userId, column('type'), column('state'), column('number'), column('status')]);
  }
}
