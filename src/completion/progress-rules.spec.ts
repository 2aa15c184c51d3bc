import { Achievements, evaluateProgress } from './progress-rules';
import { RequirementKind } from './requirement-kind';

const achievements: Achievements = {
  facultySessions: 9,
  communitySessions: 7,
  journalsSatisfactory: 8,
  practicumMinutesApproved: 600,
  reflectivePracticeMinutes: 240,
  contactMinutes: 3300,
  bySessionKind: { CIRCLE_OF_SECURITY: { sessions: 8, minutes: 720 }, RETREAT: { sessions: 2, minutes: 960 } },
  waivedRequirementIds: ['waived-one'],
};

describe('evaluateProgress', () => {
  it('compares each requirement with what its kind counts', () => {
    const result = evaluateProgress(
      [
        { kind: RequirementKind.FACULTY_SESSIONS_ATTENDED, threshold: 9 },
        { kind: RequirementKind.COMMUNITY_SESSIONS_ATTENDED, threshold: 8 },
        { kind: RequirementKind.TOTAL_CONTACT_MINUTES, threshold: 3300 },
      ],
      achievements,
    );
    expect(result.requirements.map(({ achieved, met }) => [achieved, met])).toEqual([
      [9, true],
      [7, false],
      [3300, true],
    ]);
    expect(result.eligible).toBe(false);
  });

  it('is eligible when every requirement is met', () => {
    const result = evaluateProgress(
      [
        { kind: RequirementKind.JOURNALS_SATISFACTORY, threshold: 8 },
        { kind: RequirementKind.PRACTICUM_MINUTES_APPROVED, threshold: 480 },
        { kind: RequirementKind.REFLECTIVE_PRACTICE_MINUTES, threshold: 240 },
      ],
      achievements,
    );
    expect(result.eligible).toBe(true);
  });

  it('counts sessions and minutes over the requirement\'s session kinds, or over every kind', () => {
    const result = evaluateProgress(
      [
        { kind: RequirementKind.SESSIONS_ATTENDED, threshold: 8, sessionKinds: ['CIRCLE_OF_SECURITY'] },
        { kind: RequirementKind.SESSION_MINUTES, threshold: 1920, sessionKinds: ['RETREAT', 'FACULTY_SEMINAR'] },
        { kind: RequirementKind.SESSIONS_ATTENDED, threshold: 10, sessionKinds: [] },
      ],
      achievements,
    );
    expect(result.requirements.map(({ achieved, met }) => [achieved, met])).toEqual([
      [8, true],
      [960, false],
      [10, true],
    ]);
  });

  it('counts a waived requirement as met whatever was achieved', () => {
    const result = evaluateProgress([{ id: 'waived-one', kind: RequirementKind.JOURNALS_SATISFACTORY, threshold: 20 }], achievements);
    expect(result.requirements[0]).toMatchObject({ achieved: 8, waived: true, met: true });
    expect(result.eligible).toBe(true);
  });

  it('makes nobody eligible while the cohort has no requirements', () => {
    expect(evaluateProgress([], achievements)).toEqual({ eligible: false, requirements: [] });
  });
});
