import { ADMINISTRATORS, AuthzCaseSet, refuseAs } from './matrix';

const EVENTS = `query($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 5) { nodes { id action actor { id } } pageInfo { hasNextPage } } }`;

const set: AuthzCaseSet = {
  cases: [
    {
      operation: 'auditEvents',
      label: "world.cohort's events",
      allowed: ADMINISTRATORS,
      request: (world) => ({ query: EVENTS, variables: { filter: { cohortId: world.cohort.cohortId } } }),
    },
    {
      operation: 'auditEvents',
      label: 'the whole trail',
      // Each coordinator reads their own program's cohorts' events only (test/audit-trail.e2e-spec.ts).
      allowed: ['admin', 'coordinator', 'otherCoordinator'],
      request: () => ({ query: EVENTS }),
      refusals: refuseAs(['outsiderParticipant', 'outsiderFaculty'], 'FORBIDDEN', 'the request names no record; signed in, they may not read the trail at all'),
    },
  ],
};

export default set;
