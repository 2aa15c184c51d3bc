import { Achievements, evaluateProgress } from './progress-rules';
import { RequirementKind } from './requirement-kind';

const achievements: Achievements = {
  facultySessions: 9,
  communitySessions: 7,
  journalsSatisfactory: 8,
  practicumMinutesApproved: 600,
  reflectivePracticeMinutes: 240,
  totalContactMinutes: 3300,
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

  it('makes nobody eligible while the cohort has no requirements', () => {
    expect(evaluateProgress([], achievements)).toEqual({ eligible: false, requirements: [] });
  });
});
