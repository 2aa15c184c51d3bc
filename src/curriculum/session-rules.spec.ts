import { facilitatorMaySchedule, mayDecideCeEligibility } from './session-rules';

describe('facilitatorMaySchedule', () => {
  it('allows reflective practice, and community meetings of a community they facilitate', () => {
    expect(facilitatorMaySchedule('REFLECTIVE_PRACTICE', false)).toBe(true);
    expect(facilitatorMaySchedule('COMMUNITY_OF_PRACTICE', true)).toBe(true);
  });

  it('refuses other groups’ meetings and every other kind', () => {
    expect(facilitatorMaySchedule('COMMUNITY_OF_PRACTICE', false)).toBe(false);
    expect(facilitatorMaySchedule('FACULTY_SEMINAR', true)).toBe(false);
  });
});

describe('mayDecideCeEligibility', () => {
  it('lets those who manage the curriculum set it either way', () => {
    expect(mayDecideCeEligibility(true, true, false)).toBe(true);
    expect(mayDecideCeEligibility(true, false, true)).toBe(true);
  });

  it('lets anyone else leave it out or repeat the current value, never change it', () => {
    expect(mayDecideCeEligibility(false, undefined, true)).toBe(true);
    expect(mayDecideCeEligibility(false, true, true)).toBe(true);
    expect(mayDecideCeEligibility(false, true, false)).toBe(false);
    expect(mayDecideCeEligibility(false, false, true)).toBe(false);
  });
});
