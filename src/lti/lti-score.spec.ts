import { JournalOutcome } from '../journals/journal-status';
import { isAlreadyApplied, scoreOf, scoresUrl } from './lti-score';
import { nextPageUrl } from './roster-members';
import { isPlatformUrl } from './platform-url';

describe('scoreOf', () => {
  const grade = { platformUserId: 'canvas-19', feedback: 'Clear and kind.', gradedAt: new Date('2026-11-24T10:00:00.120Z') };

  it('gives a satisfactory journal full marks, completed and fully graded, with the feedback and the grade’s time to the millisecond', () => {
    expect(scoreOf({ ...grade, outcome: JournalOutcome.SATISFACTORY })).toEqual({
      userId: 'canvas-19',
      timestamp: '2026-11-24T10:00:00.120Z',
      scoreGiven: 1,
      scoreMaximum: 1,
      activityProgress: 'Completed',
      gradingProgress: 'FullyGraded',
      comment: 'Clear and kind.',
    });
  });

  it('sends a journal needing revision back as submitted work awaiting a grader, without a score', () => {
    expect(scoreOf({ ...grade, outcome: JournalOutcome.NEEDS_REVISION })).toEqual({
      userId: 'canvas-19',
      timestamp: '2026-11-24T10:00:00.120Z',
      activityProgress: 'Submitted',
      gradingProgress: 'PendingManual',
      comment: 'Clear and kind.',
    });
  });

  it('leaves out an empty comment', () => {
    expect(scoreOf({ ...grade, feedback: '', outcome: JournalOutcome.SATISFACTORY })).not.toHaveProperty('comment');
  });
});

describe('scoresUrl', () => {
  it.each([
    ['https://school.instructure.com/api/lti/courses/1/line_items/7', 'https://school.instructure.com/api/lti/courses/1/line_items/7/scores'],
    ['https://moodle.example.org/mod/lti/services.php/2/lineitems/9/lineitem?type_id=2', 'https://moodle.example.org/mod/lti/services.php/2/lineitems/9/lineitem/scores?type_id=2'],
    ['https://lms.example.org/line_items/7/', 'https://lms.example.org/line_items/7/scores'],
  ])('%s → %s', (lineItem, scores) => {
    expect(scoresUrl(lineItem)).toBe(scores);
  });
});

describe('isAlreadyApplied', () => {
  it('reads Canvas’s 400 about the timestamp and Moodle’s 409 as a score the platform has', () => {
    expect(isAlreadyApplied(400, '{"errors":{"message":"Provided timestamp of 2026-11-24 not after current timestamp"}}')).toBe(true);
    expect(isAlreadyApplied(409, '')).toBe(true);
  });

  it('does not excuse other refusals', () => {
    expect(isAlreadyApplied(400, '{"errors":{"message":"userId is not a member of the course"}}')).toBe(false);
    expect(isAlreadyApplied(400, '{"errors":{"message":"timestamp is not an ISO 8601 time"}}')).toBe(false);
    expect(isAlreadyApplied(401, 'timestamp')).toBe(false);
    expect(isAlreadyApplied(500, '')).toBe(false);
  });
});

describe('nextPageUrl', () => {
  it('finds rel="next" among the links', () => {
    const link = '<https://lms.example.org/members?page=1>; rel="first", <https://lms.example.org/members?page=3>; rel="next"';
    expect(nextPageUrl(link)).toBe('https://lms.example.org/members?page=3');
  });

  it('answers null on the last page', () => {
    expect(nextPageUrl('<https://lms.example.org/members?page=1>; rel="first"')).toBeNull();
    expect(nextPageUrl(null)).toBeNull();
  });
});

describe('isPlatformUrl', () => {
  it('takes HTTPS anywhere and plain HTTP to this host only', () => {
    expect(isPlatformUrl('https://canvas.instructure.com/api/lti/security/jwks')).toBe(true);
    expect(isPlatformUrl('http://127.0.0.1:8080/jwks')).toBe(true);
    expect(isPlatformUrl('http://localhost/jwks')).toBe(true);
    expect(isPlatformUrl('http://canvas.example.org/jwks')).toBe(false);
    expect(isPlatformUrl('file:///etc/passwd')).toBe(false);
    expect(isPlatformUrl('not a url')).toBe(false);
  });
});
