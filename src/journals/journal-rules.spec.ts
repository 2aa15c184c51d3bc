import { editRefusal, isLate, statusAfterGrade, Rubric, rubricChoiceProblem, rubricShapeProblem } from './journal-rules';
import { JournalOutcome, JournalSubmissionStatus } from './journal-status';

const rubric: Rubric = {
  criteria: [
    { key: 'stance', title: 'Consultative stance', levels: [{ key: 'emerging', title: 'Emerging' }, { key: 'proficient', title: 'Proficient' }] },
    { key: 'parallel', title: 'Parallel process', levels: [{ key: 'emerging', title: 'Emerging' }] },
  ],
};

describe('journal rules', () => {
  it('lets the text change only before submission or after a return', () => {
    expect(editRefusal(undefined)).toBeNull();
    expect(editRefusal(JournalSubmissionStatus.DRAFT)).toBeNull();
    expect(editRefusal(JournalSubmissionStatus.NEEDS_REVISION)).toBeNull();
    expect(editRefusal(JournalSubmissionStatus.SUBMITTED)).toMatch(/awaits feedback/);
    expect(editRefusal(JournalSubmissionStatus.SATISFACTORY)).toMatch(/no longer change/);
  });

  it('maps each grading outcome to the state it leaves the journal in', () => {
    expect(statusAfterGrade(JournalOutcome.SATISFACTORY)).toBe(JournalSubmissionStatus.SATISFACTORY);
    expect(statusAfterGrade(JournalOutcome.NEEDS_REVISION)).toBe(JournalSubmissionStatus.NEEDS_REVISION);
  });

  it('is late only strictly after the due moment', () => {
    const due = new Date('2026-10-20T23:59:00Z');
    expect(isLate(new Date('2026-10-20T23:59:00Z'), due)).toBe(false);
    expect(isLate(new Date('2026-10-21T00:00:00Z'), due)).toBe(true);
  });

  it('refuses repeated criterion or level keys', () => {
    expect(rubricShapeProblem(rubric)).toBeNull();
    expect(rubricShapeProblem({ criteria: [rubric.criteria[0], rubric.criteria[0]] })).toMatch(/"stance" is used twice/);
    const repeatedLevel = { criteria: [{ ...rubric.criteria[1], levels: [{ key: 'a', title: 'A' }, { key: 'a', title: 'B' }] }] };
    expect(rubricShapeProblem(repeatedLevel)).toMatch(/level key "a"/);
  });

  it('accepts known choices and names unknown criteria, levels and repeats', () => {
    expect(rubricChoiceProblem(rubric, [{ criterion: 'stance', level: 'proficient' }])).toBeNull();
    expect(rubricChoiceProblem(null, [])).toBeNull();
    expect(rubricChoiceProblem(null, [{ criterion: 'stance', level: 'proficient' }])).toMatch(/no rubric/);
    expect(rubricChoiceProblem(rubric, [{ criterion: 'empathy', level: 'emerging' }])).toMatch(/unknown rubric criterion "empathy"/);
    expect(rubricChoiceProblem(rubric, [{ criterion: 'parallel', level: 'proficient' }])).toMatch(/unknown level "proficient"/);
    const twice = [{ criterion: 'stance', level: 'emerging' }, { criterion: 'stance', level: 'proficient' }];
    expect(rubricChoiceProblem(rubric, twice)).toMatch(/assessed twice/);
  });
});
