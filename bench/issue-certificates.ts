import { GraphQL } from './clients';

export interface IssueFigures {
  ms: number;
  issued: number;
  alreadyHeld: number;
  notEligible: number;
}

/**
 * issueCertificates for the whole cohort, as an administrator: every certificate signed, stored and
 * audited in the one call. A cohort issues once, so this is a single round.
 */
export async function measureIssue(graphql: GraphQL, adminToken: string, cohortId: string): Promise<IssueFigures> {
  const started = performance.now();
  const { data } = await graphql(
    'mutation Issue($cohortId: ID!) { issueCertificates(cohortId: $cohortId) { issued alreadyHeld notEligible } }',
    { cohortId },
    adminToken,
  );
  const ms = performance.now() - started;
  const { issued, alreadyHeld, notEligible } = data.issueCertificates as Omit<IssueFigures, 'ms'>;
  if (!issued) throw new Error(`issueCertificates issued nothing (${alreadyHeld} already held, ${notEligible} not eligible)`);
  return { ms, issued, alreadyHeld, notEligible };
}
