import { stringify } from 'csv-stringify/sync';
import { CeUnit } from '../ce/ce-unit';
import { ceBrokerRow, ceBrokerTable, courseTrackingNumber, excelDate } from './ce-broker';
import { CSV_OPTIONS } from './csv-format';
import type { CeRosterExport, CeRosterRow } from './exports.models';

const FULL: CeRosterRow = {
  participant: { id: 'a1', fullName: 'Ana Beltran' },
  licenseType: 'LCSW',
  licenseState: 'CA',
  licenseNumber: ' LCSW 00001 ',
  completedOn: '2026-12-03',
  minutes: 540,
  hours: 9,
  ceus: 0.9,
  credit: 9,
  partialCredit: false,
};

describe('CE Broker roster row', () => {
  it('fills columns A to J: course number, licence number, Excel date, State=, Profession=, and no hours for full credit', () => {
    expect(ceBrokerRow('DEMO-CEP-000000', FULL)).toEqual([null, 'DEMO-CEP-000000', null, null, 'LCSW 00001', '12/3/2026', 'State=CA', 'Profession=LCSW', null, null]);
  });

  it('gives the hours earned for partial credit', () => {
    const partial = { ...FULL, hours: 4.5, partialCredit: true };
    expect(ceBrokerRow('20-123456', partial)).toEqual([null, '123456', null, null, 'LCSW 00001', '12/3/2026', 'State=CA', 'Profession=LCSW', null, 4.5]);
  });

  it('leaves out what a record from before licences lacks', () => {
    const bare = { ...FULL, licenseType: null, licenseState: null, licenseNumber: null, completedOn: null };
    expect(ceBrokerRow('A-1', bare)).toEqual([null, 'A-1', null, null, null, null, null, null, null, null]);
  });

  it('writes a header naming each column, and neutralises a licence number that would run as a formula', () => {
    const roster: CeRosterExport = {
      approvalId: 'x', cohortId: 'y', board: 'Board', approvalNumber: 'N-1', unit: CeUnit.HOURS, courseHours: 9, totalCount: 1,
      rows: [{ ...FULL, licenseNumber: '=1+1' }],
    };
    const text = stringify([ceBrokerTable(roster).header, ...ceBrokerTable(roster).rows], CSV_OPTIONS);
    expect(text.slice(1).split('\r\n')).toEqual([
      'Provider tracking number,Course tracking number,Provider course ID,Publishing number,License number,Date completed,State,Profession,Subject area code,Partial credit hours',
      ",N-1,,,'=1+1,12/3/2026,State=CA,Profession=LCSW,,",
      '',
    ]);
  });
});

describe('excelDate and courseTrackingNumber', () => {
  it('writes m/d/yyyy without leading zeros', () => {
    expect(excelDate('2027-01-09')).toBe('1/9/2027');
    expect(excelDate('2026-11-24')).toBe('11/24/2026');
  });

  it('drops CE Broker’s 20- course prefix only', () => {
    expect(courseTrackingNumber(' 20-987 ')).toBe('987');
    expect(courseTrackingNumber('PCE 2026-20-1')).toBe('PCE 2026-20-1');
  });
});
