import { TestApp } from '../test-app';
import { SignedIn } from './people';

export interface LicenseFields {
  type: string;
  state?: string;
  number?: string;
  status?: 'ACTIVE' | 'ASSOCIATE' | 'INACTIVE';
}

export const CE_APPROVAL_FIELDS = `id cohortId board approvalNumber statement licenseTypes licenseStates requiresCompletion
  partialCredit incrementMinutes unit recordCount`;

export const CE_RECORD_FIELDS = `id approvalId board approvalNumber statement licenseType licenseState licenseNumber minutes hours ceus unit
  cohortId cohortName userId certificateId certificateUrl verifyUrl`;

/** Replaces the person's licences (state CA, ACTIVE and a made-up number unless given). */
export async function givenLicenses(app: TestApp, admin: SignedIn, userId: string, licenses: LicenseFields[]): Promise<void> {
  await app.ok(
    `mutation($input: SetLicensesInput!) { setLicenses(input: $input) { id } }`,
    {
      input: {
        userId,
        licenses: licenses.map(({ type, state = 'CA', number, status = 'ACTIVE' }, n) => ({ type, state, status, number: number ?? `${type}-${90000 + n}` })),
      },
    },
    admin.token,
  );
}

/** approveCe with the input as given (cohortId, board, approvalNumber and licenseTypes at least). */
export async function givenCeApproval(app: TestApp, admin: SignedIn, input: Record<string, unknown>) {
  const { approveCe } = await app.ok(`mutation($input: ApproveCeInput!) { approveCe(input: $input) { ${CE_APPROVAL_FIELDS} } }`, { input }, admin.token);
  return approveCe as { id: string; recordCount: number } & Record<string, unknown>;
}

export async function ceRecordsOf(app: TestApp, token: string, userId?: string) {
  const { ceRecords } = await app.ok(`query($userId: ID) { ceRecords(userId: $userId) { ${CE_RECORD_FIELDS} } }`, { userId }, token);
  return ceRecords as ({ id: string; board: string; hours: number; certificateUrl: string; verifyUrl: string } & Record<string, unknown>)[];
}
