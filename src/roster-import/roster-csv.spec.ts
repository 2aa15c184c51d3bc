import { decodeRosterFile, readRoster, RosterLine, RosterReading, ROSTER_LIMITS, rosterSizeProblem } from './roster-csv';

const HEADER = 'E-mail,Full name,Role,Licence type,Licence state,Licence number';

function linesOf(reading: RosterReading): RosterLine[] {
  if (!reading.ok) throw new Error(`refused: ${reading.problem}`);
  return reading.lines;
}

function problemOf(reading: RosterReading): string {
  if (reading.ok) throw new Error('read, though it should be refused');
  return reading.problem;
}

describe('readRoster', () => {
  it('reads people and their optional licence, in any column order and header case, either spelling of licence', () => {
    const text = [
      'ROLE,license number,Full Name,e-mail,License State,license type',
      'participant,LCSW 12345,Avery Quinn,Avery.Quinn@Example.org,ca,lcsw',
      'Faculty,,Dr. Imani Brooks,imani.brooks@example.org,,',
    ].join('\n');
    expect(linesOf(readRoster(text))).toEqual([
      { refused: false, line: 2, email: 'avery.quinn@example.org', fullName: 'Avery Quinn', role: 'PARTICIPANT', license: { type: 'LCSW', state: 'CA', number: 'LCSW 12345', status: null } },
      { refused: false, line: 3, email: 'imani.brooks@example.org', fullName: 'Dr. Imani Brooks', role: 'FACULTY', license: null },
    ]);
  });

  it('needs no licence columns at all, and reads a licence status column when there is one', () => {
    expect(linesOf(readRoster('email,name,role\nrio.santos@example.org,Rio Santos,facilitator\n'))).toEqual([
      { refused: false, line: 2, email: 'rio.santos@example.org', fullName: 'Rio Santos', role: 'FACILITATOR', license: null },
    ]);
    const [line] = linesOf(readRoster(`${HEADER},Licence status\nkai.lee@example.org,Kai Lee,participant,ASW,CA,ASW 777,Associate`));
    expect(line).toMatchObject({ license: { type: 'ASW', state: 'CA', number: 'ASW 777', status: 'ASSOCIATE' } });
  });

  it('reads a file with a byte order mark and Windows line endings, and numbers lines as the file does', () => {
    const text = `\ufeff${HEADER}\r\n\r\n"noor.haddad@example.org","Haddad, Noor",participant,,,\r\n,,,,,\r\nomar.said@example.org,Omar Said,participant,,,\r\n`;
    expect(linesOf(readRoster(text)).map(({ line, email, fullName }) => ({ line, email, fullName }))).toEqual([
      { line: 3, email: 'noor.haddad@example.org', fullName: 'Haddad, Noor' },
      { line: 5, email: 'omar.said@example.org', fullName: 'Omar Said' },
    ]);
  });

  it('numbers a line by where it starts when a quoted value spans lines, and refuses the value', () => {
    const text = `${HEADER}\r\nana.ruiz@example.org,"Ana\r\nRuiz",participant,,,\r\nbo.chen@example.org,Bo Chen,participant,,,`;
    const [first, second] = linesOf(readRoster(text));
    expect(first).toMatchObject({ refused: true, line: 2, reason: 'full name must be one line, without tabs or control characters' });
    expect(second).toMatchObject({ refused: false, line: 4 });
  });

  it('keeps a name that looks like a spreadsheet formula as typed', () => {
    const [line] = linesOf(readRoster(`${HEADER}\nsam.hill@example.org,"=HYPERLINK(""http://x"",""y"")",participant,,,`));
    expect(line).toMatchObject({ refused: false, fullName: '=HYPERLINK("http://x","y")' });
  });

  it('refuses a line with an unquoted comma in a value instead of shifting its columns', () => {
    const [line] = linesOf(readRoster(`${HEADER}\nsam.hill@example.org,=HYPERLINK("http://x","y"),participant,,,`));
    expect(line).toMatchObject({ refused: true, reason: expect.stringContaining('has 7 values where the header has 6 columns') });
  });

  it('refuses each bad line with every reason, and reads the others', () => {
    const text = [
      HEADER,
      'pat.lee@example,Pat Lee,participant,,,',
      'jo.kim@example.org,,student,,,',
      'lu.park@example.org,Lu Park,participant,LCSW,Calif,123',
      'mo.diaz@example.org,Mo Diaz,participant,XYZ,CA,',
      'al.roy@example.org,Al Roy,faculty,,,',
    ].join('\n');
    expect(linesOf(readRoster(text)).map((line) => (line.refused ? [line.line, line.reason] : [line.line, 'read']))).toEqual([
      [2, 'e-mail "pat.lee@example" is not a valid address'],
      [3, 'full name is missing; role "student" is not participant, faculty or facilitator'],
      [4, 'licence state "Calif" is not the two-letter code of a US state or territory (e.g. CA)'],
      [5, expect.stringMatching(/^licence type "XYZ" is not one of LCSW, .*; licence number is missing/)],
      [6, 'read'],
    ]);
  });

  it('refuses the later line of a person listed twice, whatever the case of the address', () => {
    const text = `${HEADER}\nrae.fox@example.org,Rae Fox,participant,,,\nRAE.FOX@example.org,Rae Fox,faculty,,,`;
    expect(linesOf(readRoster(text))[1]).toMatchObject({ refused: true, line: 3, email: 'rae.fox@example.org', reason: 'the same person (e-mail) as line 2: a person is listed once' });
  });

  it.each([
    ['a missing column, named', 'email,full name\nrae.fox@example.org,Rae Fox', 'has no "role" column; the header needs e-mail, full name and role, and may add licence type, licence state, licence number and licence status'],
    ['columns separated by semicolons', 'email;full name;role\nrae.fox@example.org;Rae Fox;participant', expect.stringContaining('seem separated by semicolons or tabs')],
    ['part of a licence', 'email,full name,role,licence type\nrae.fox@example.org,Rae Fox,participant,LCSW', 'has no "licence state", "licence number" column: licence type, licence state and licence number come together'],
    ['a repeated column', 'email,full name,role,Role\nrae.fox@example.org,Rae Fox,participant,faculty', 'has the column "role" twice'],
    ['nothing in it', ' \r\n\ufeff', expect.stringMatching(/^is empty/)],
    ['only a header', `${HEADER}\n,,,,,\n`, 'has a header but no one below it'],
    ['a quote never closed', `${HEADER}\n"rae.fox@example.org,Rae Fox,participant,,,\n`, 'could not be read (line 2): a value opened with a double quote is never closed'],
    ['the NUL character', `${HEADER}\nrae.fox@example.org,Rae\u0000Fox,participant,,,`, 'must not contain the NUL character (U+0000)'],
  ])('refuses the whole file for %s', (_case, text, problem) => {
    expect(problemOf(readRoster(text))).toEqual(problem);
  });

  it(`refuses more than ${ROSTER_LIMITS.people} people`, () => {
    const rows = Array.from({ length: ROSTER_LIMITS.people + 1 }, (_, index) => `p${index}@example.org,Person ${index},participant`);
    expect(problemOf(readRoster(['email,full name,role', ...rows].join('\n')))).toBe('lists 5,001 people; a roster may list at most 5,000: split it into smaller files');
  });

  it('refuses 10 MB of text by its size, before reading it', () => {
    const text = `${HEADER}\n`.padEnd(10 * 1024 * 1024, 'x');
    expect(problemOf(readRoster(text))).toBe('is 10 MB; a roster may be at most 2 MB (5,000 people): split it into smaller files');
  });
});

describe('rosterSizeProblem and decodeRosterFile', () => {
  it('accepts up to the limit', () => {
    expect(rosterSizeProblem(ROSTER_LIMITS.bytes)).toBeNull();
    expect(rosterSizeProblem(ROSTER_LIMITS.bytes + 1)).toBe('is 2.1 MB; a roster may be at most 2 MB (5,000 people): split it into smaller files');
  });

  it('reads UTF-8 and tells a file in another encoding apart', () => {
    expect(decodeRosterFile(Buffer.from('José Núñez', 'utf8'))).toBe('José Núñez');
    expect(decodeRosterFile(Buffer.from('Jos\xe9', 'latin1'))).toBeNull();
  });
});
