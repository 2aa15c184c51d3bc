import { changesOf } from './audit-changes';

describe('changes of an audit event', () => {
  it('lists every field of a new record', () => {
    expect(changesOf(null, { status: 'PRESENT', minutesAttended: 90 })).toEqual([
      { field: 'status', after: 'PRESENT' },
      { field: 'minutesAttended', after: '90' },
    ]);
  });

  it('lists every field of a removed record', () => {
    expect(changesOf({ role: 'PARTICIPANT' }, null)).toEqual([{ field: 'role', before: 'PARTICIPANT' }]);
  });

  it('lists only the fields an edit changed, then those it dropped', () => {
    expect(changesOf({ status: 'PENDING', minutes: 60, note: 'x' }, { status: 'APPROVED', minutes: 60 })).toEqual([
      { field: 'status', before: 'PENDING', after: 'APPROVED' },
      { field: 'note', before: 'x' },
    ]);
  });

  it('shows lists, objects and null as JSON', () => {
    expect(changesOf({ sessionKinds: null }, { sessionKinds: ['RETREAT'], rules: { partialCredit: false } })).toEqual([
      { field: 'sessionKinds', before: 'null', after: '["RETREAT"]' },
      { field: 'rules', after: '{"partialCredit":false}' },
    ]);
  });

  it('has nothing to list when nothing differs', () => {
    expect(changesOf({ status: 'SUBMITTED' }, { status: 'SUBMITTED' })).toEqual([]);
    expect(changesOf(null, null)).toEqual([]);
  });
});
