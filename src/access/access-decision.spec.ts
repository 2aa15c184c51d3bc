import { AccessDecision, decide } from './access-decision';
import { Permission } from './permission';
import { Relationship } from './relationship';

const { ADMIN, COORDINATOR, PROGRAM_MEMBER, FACULTY, FACILITATOR, PARTICIPANT, SELF, FACILITATES_SUBJECT, RUNS_SESSION, SESSION_AUDIENCE, WITHDRAWN } = Relationship;
const outcome = (permission: Permission, ...relationships: Relationship[]) => decide(permission, new Set(relationships)).outcome;

describe('decide', () => {
  it('tells someone with no relationship to the record that it does not exist', () => {
    expect(outcome(Permission.COHORT_READ)).toBe('not-found');
    expect(outcome(Permission.SESSION_READ, SESSION_AUDIENCE)).toBe('not-found');
  });

  it("lets a program's coordinator administer it as an admin does, and its cohorts' members see it without running it", () => {
    expect(outcome(Permission.COHORT_ADMINISTER, COORDINATOR)).toBe('granted');
    expect(outcome(Permission.PROGRAM_ADMINISTER, COORDINATOR)).toBe('granted');
    expect(outcome(Permission.JOURNAL_READ, COORDINATOR)).toBe('granted');
    expect(outcome(Permission.JOURNAL_GRADE, COORDINATOR)).toBe('forbidden');
    expect(outcome(Permission.COHORT_ADMINISTER, FACULTY)).toBe('forbidden');
    expect(outcome(Permission.PROGRAM_ADMINISTER, PROGRAM_MEMBER)).toBe('forbidden');
    expect(new AccessDecision('coordinator', 'cohort', new Set([COORDINATOR])).seesWholeCohort).toBe(true);
  });

  it('refuses a related caller without the right, with the reason', () => {
    expect(decide(Permission.CURRICULUM_MANAGE, new Set([PARTICIPANT]))).toEqual({
      outcome: 'forbidden',
      reason: 'Only faculty of this cohort may change its curriculum',
    });
  });

  it("opens a participant's records to facilitators of their own community only", () => {
    expect(outcome(Permission.PARTICIPANT_RECORDS_READ, FACILITATOR, FACILITATES_SUBJECT)).toBe('granted');
    expect(outcome(Permission.PARTICIPANT_RECORDS_READ, FACILITATOR)).toBe('forbidden');
    expect(outcome(Permission.JOURNAL_READ, FACILITATOR)).toBe('forbidden');
    expect(outcome(Permission.PRACTICUM_ENTRY_REVIEW, FACILITATOR)).toBe('forbidden');
  });

  it('lets participants read their own records and nobody else’s', () => {
    expect(outcome(Permission.PARTICIPANT_RECORDS_READ, PARTICIPANT, SELF)).toBe('granted');
    expect(outcome(Permission.PARTICIPANT_RECORDS_READ, PARTICIPANT)).toBe('forbidden');
  });

  it('never lets faculty grade their own journal, nor reviewers review their own entry', () => {
    expect(outcome(Permission.JOURNAL_GRADE, FACULTY)).toBe('granted');
    expect(decide(Permission.JOURNAL_GRADE, new Set([FACULTY, PARTICIPANT, SELF]))).toEqual({
      outcome: 'forbidden',
      reason: 'You may not grade your own journal',
    });
    expect(outcome(Permission.PRACTICUM_ENTRY_REVIEW, ADMIN, SELF)).toBe('forbidden');
    expect(decide(Permission.PRACTICUM_ENTRY_REVIEW, new Set([PARTICIPANT, SELF]))).toEqual({
      outcome: 'forbidden',
      reason: 'You may not review your own practicum entry',
    });
  });

  it('lets only a participant of the cohort log time at their own placement', () => {
    expect(outcome(Permission.PRACTICUM_PLACEMENT_USE, PARTICIPANT, SELF)).toBe('granted');
    expect(outcome(Permission.PRACTICUM_PLACEMENT_USE, SELF)).toBe('forbidden');
    expect(outcome(Permission.PRACTICUM_PLACEMENT_USE, PARTICIPANT)).toBe('forbidden');
  });

  it('lets a withdrawn participant read their records and write nothing new, saying why', () => {
    expect(outcome(Permission.PARTICIPANT_RECORDS_READ, PARTICIPANT, SELF, WITHDRAWN)).toBe('granted');
    for (const permission of [Permission.JOURNAL_WRITE, Permission.PRACTICUM_PLACEMENT_USE, Permission.PRACTICUM_ENTRY_CHANGE]) {
      expect(decide(permission, new Set([PARTICIPANT, SELF, WITHDRAWN]))).toEqual({
        outcome: 'forbidden',
        reason: 'You have withdrawn from this cohort: nothing new can be submitted or logged',
      });
    }
  });

  it('lets an administrator grade nothing unless they teach the cohort', () => {
    expect(outcome(Permission.JOURNAL_GRADE, ADMIN)).toBe('forbidden');
  });

  it('lets the facilitators who run a session run it, and no other facilitator', () => {
    expect(outcome(Permission.SESSION_RUN, FACILITATOR, RUNS_SESSION)).toBe('granted');
    expect(outcome(Permission.SESSION_RUN, FACILITATOR, SESSION_AUDIENCE)).toBe('forbidden');
  });

  it('tells a granted caller what else the same relationships allow, and whose members a list is narrowed to', () => {
    const facilitator = new AccessDecision('fay', 'cohort', new Set([FACILITATOR]));
    const faculty = new AccessDecision('fran', 'cohort', new Set([FACULTY]));
    expect(facilitator.allows(Permission.CURRICULUM_MANAGE)).toBe(false);
    expect(faculty.allows(Permission.CURRICULUM_MANAGE)).toBe(true);
    expect(facilitator.narrowedToFacilitator).toBe('fay');
    expect(faculty.narrowedToFacilitator).toBeNull();
  });
});
