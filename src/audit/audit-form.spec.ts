import { formFieldOf, nextPageHref, readAuditForm } from './audit-form';

describe('the audit filter form', () => {
  it('reads an action ending in a dot as the start of several', () => {
    expect(readAuditForm({ action: 'enrollment.' }, 'UTC').filter).toEqual({ actionPrefix: 'enrollment.' });
    expect(readAuditForm({ action: ' enrollment.withdrawn ' }, 'UTC').filter).toEqual({ action: 'enrollment.withdrawn' });
  });

  it('looks the person up by their address as stored', () => {
    expect(readAuditForm({ who: 'Casey.Coordinator@Example.org' }, 'UTC').filter).toEqual({ actorEmail: 'casey.coordinator@example.org' });
  });

  it('reads From and To as whole days in the zone, both included', () => {
    const { filter } = readAuditForm({ from: '2026-11-01', to: '2026-11-24' }, 'America/Los_Angeles');
    expect(filter.from?.toISOString()).toBe('2026-11-01T07:00:00.000Z');
    expect(filter.to?.toISOString()).toBe('2026-11-25T08:00:00.000Z');
  });

  it('starts a day whose midnight the clocks skip at one o’clock', () => {
    // Chile moves its clocks forward at midnight.
    expect(readAuditForm({ from: '2026-09-06' }, 'America/Santiago').filter.from?.toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });

  it('refuses what it cannot read, beside each field, keeping what was typed', () => {
    const form = readAuditForm({ who: 'casey', from: '2026-02-30', to: 'yesterday', record: 'abc' }, 'UTC');
    expect(form.errors).toEqual({ who: expect.stringMatching(/e-mail/), from: expect.stringMatching(/calendar date/), to: expect.stringMatching(/calendar date/) });
    expect(form.values).toEqual({ who: 'casey', action: '', record: 'abc', from: '2026-02-30', to: 'yesterday' });
  });

  it('refuses a To before From', () => {
    expect(readAuditForm({ from: '2026-11-11', to: '2026-11-10' }, 'UTC').errors).toEqual({ to: 'must not be before from' });
  });

  it('ignores repeated or missing fields', () => {
    expect(readAuditForm({ action: ['a', 'b'] }, 'UTC')).toEqual({ values: { who: '', action: '', record: '', from: '', to: '' }, filter: {}, errors: {} });
  });

  it('names the form field a refusal of the filter concerns', () => {
    expect(['actorId', 'actionPrefix', 'entityId', 'to', 'after'].map(formFieldOf)).toEqual(['who', 'action', 'record', 'to', '']);
  });

  it('keeps the filter on the next page', () => {
    const values = { who: '', action: 'enrollment.', record: '', from: '2026-11-01', to: '' };
    expect(nextPageHref('/audit', values, 'abc')).toBe('/audit?action=enrollment.&from=2026-11-01&after=abc');
  });
});
