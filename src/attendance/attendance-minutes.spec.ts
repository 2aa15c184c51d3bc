import { attendedMinutes } from './attendance-minutes';

describe('attendedMinutes', () => {
  it('defaults to the whole session when PRESENT and to 0 otherwise', () => {
    expect(attendedMinutes('PRESENT', undefined, 150)).toEqual({ minutes: 150 });
    expect(attendedMinutes('ABSENT', null, 150)).toEqual({ minutes: 0 });
    expect(attendedMinutes('EXCUSED', undefined, 150)).toEqual({ minutes: 0 });
    expect(attendedMinutes('MADE_UP', undefined, 150)).toEqual({ minutes: 150 });
  });

  it('keeps partial minutes within the duration', () => {
    expect(attendedMinutes('PRESENT', 90, 150)).toEqual({ minutes: 90 });
    expect(attendedMinutes('PRESENT', 150, 150)).toEqual({ minutes: 150 });
    expect(attendedMinutes('ABSENT', 0, 150)).toEqual({ minutes: 0 });
    expect(attendedMinutes('MADE_UP', 60, 150)).toEqual({ minutes: 60 });
  });

  it('refuses negative minutes, minutes above the duration and minutes for an absence', () => {
    expect(attendedMinutes('PRESENT', -1, 150)).toEqual({ problem: 'must not be negative' });
    expect(attendedMinutes('PRESENT', 151, 150)).toEqual({ problem: "must not exceed the session's 150 minutes" });
    expect(attendedMinutes('EXCUSED', 30, 150)).toEqual({ problem: 'must be 0 when EXCUSED' });
    expect(attendedMinutes('MADE_UP', 151, 150)).toEqual({ problem: "must not exceed the session's 150 minutes" });
  });
});
