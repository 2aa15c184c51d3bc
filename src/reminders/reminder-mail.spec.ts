import { digestMail, feedbackMail, journalDueMail, practicumWaitingMail } from './reminder-mail';
import { DIGEST_NAMES_PER_LIST } from './reminder-rules';

const BASE = 'https://training.example.org';
const ANA = { email: 'ana.diaz@example.org', fullName: 'Ana Diaz' };
const FOOTER = `To stop them, untick "Send me reminders by e-mail" on your account page:\n${BASE}/account`;

describe('reminder messages', () => {
  it('tell a participant when their journal is due, on the cohort’s clock, with the link', () => {
    const mail = journalDueMail(BASE, ANA, { assignmentId: 'a1', title: 'Entering the consultative stance', dueAt: new Date('2026-11-26T07:59:00Z'), timeZone: 'America/Los_Angeles' });
    expect(mail).toEqual({
      to: 'ana.diaz@example.org',
      subject: 'Journal due soon: Entering the consultative stance',
      text: expect.stringContaining('Your journal "Entering the consultative stance" is due Wed, Nov 25, 2026, 11:59 PM PST and is not submitted yet.'),
    });
    expect(mail.text).toMatch(/^Hello Ana Diaz,\n/);
    expect(mail.text).toContain(`\n${BASE}/journals/a1\n`);
    expect(mail.text.endsWith(FOOTER)).toBe(true);
  });

  it('tell a participant that feedback arrived, without the feedback', () => {
    const mail = feedbackMail(BASE, ANA, { assignmentId: 'a1', title: 'Entering the consultative stance' });
    expect(mail.subject).toBe('Feedback on your journal: Entering the consultative stance');
    expect(mail.text).toContain(`Read it here:\n${BASE}/journals/a1\n`);
    expect(mail.text.endsWith(FOOTER)).toBe(true);
  });

  it('tell a reviewer how many entries wait in each cohort', () => {
    const reviewer = {
      reviewerId: 'r1',
      email: 'fay@example.org',
      fullName: 'Fay Nguyen',
      cohorts: [
        { cohortId: 'c1', cohortName: 'Fresno 2026', waiting: 3 },
        { cohortId: 'c2', cohortName: 'Sacramento 2026', waiting: 1 },
      ],
    };
    const mail = practicumWaitingMail(BASE, reviewer, 7);
    expect(mail.to).toBe('fay@example.org');
    expect(mail.text).toContain('These practicum entries have waited more than 7 days for a review:\n- Fresno 2026: 3 entries\n- Sacramento 2026: 1 entry\n');
    expect(mail.text).toContain(`\n${BASE}/reviews\n`);
  });

  it('list what is late per cohort in a digest, counts and names only', () => {
    const mail = digestMail(
      BASE,
      { email: 'casey@example.org', fullName: 'Casey Lee' },
      {
        programName: 'Statewide IECMHC',
        week: '2026-11-23',
        cohorts: [
          {
            cohortId: 'c1',
            cohortName: 'Fresno 2026',
            lateJournals: { total: 3, people: [{ name: 'Ana Diaz', count: 2 }, { name: 'Ben Okafor', count: 1 }] },
            waitingEntries: { total: 0, people: [] },
          },
        ],
      },
      7,
    );
    expect(mail.subject).toBe('Late in Statewide IECMHC: week of Mon, Nov 23, 2026');
    expect(mail.text).toContain(`Fresno 2026\nJournals past due, not submitted: 3 (Ana Diaz (2), Ben Okafor)\n${BASE}/cohorts/c1/manage\n`);
    expect(mail.text).not.toContain('Practicum');
  });

  it('name at most a list’s worth of people in a digest, then how many more', () => {
    const people = Array.from({ length: DIGEST_NAMES_PER_LIST + 2 }, (_, n) => ({ name: `Person ${String(n).padStart(2, '0')}`, count: 1 }));
    const mail = digestMail(
      BASE,
      ANA,
      { programName: 'P', week: '2026-11-23', cohorts: [{ cohortId: 'c1', cohortName: 'C', lateJournals: { total: 0, people: [] }, waitingEntries: { total: people.length, people } }] },
      1,
    );
    expect(mail.text).toContain(`Practicum entries waiting more than 1 day: ${people.length} (`);
    expect(mail.text).toContain(`Person ${DIGEST_NAMES_PER_LIST - 1}, and 2 more)`);
    expect(mail.text).not.toContain(`Person ${DIGEST_NAMES_PER_LIST})`);
  });
});
