import { plainToInstance } from 'class-transformer';
import { IsOptional, IsString, validate } from 'class-validator';
import { NotBlank } from './not-blank.validator';
import { Name, SingleLine, Trimmed } from './text-fields';

/** The text rules of a user's input (src/auth/create-user.input.ts), without its GraphQL decorators. */
class UserText {
  @Trimmed()
  @IsString()
  email: string;

  @Name()
  fullName: string;

  @IsString()
  password: string;

  @IsOptional()
  @Trimmed()
  @NotBlank({ each: true })
  @SingleLine({ each: true })
  credentials?: string[];
}

const valid = { email: 'ana@example.org', fullName: 'Ana Quintero', password: 'a-long-enough-password' };

/** As the validation pipe does it: class-transformer first (trimming), then class-validator. */
async function check(plain: object) {
  const input = plainToInstance(UserText, plain);
  const errors = await validate(input);
  return { input, fields: errors.map((error) => error.property) };
}

describe('text fields', () => {
  it('trims one-line text, each string of a list too, and keeps a password exactly as typed', async () => {
    const { input, fields } = await check({ email: '  ana@example.org\n', fullName: '\t Ana Quintero  ', password: '  spaces count  ', credentials: [' LMFT ', 'PhD'] });
    expect(fields).toEqual([]);
    expect(input).toMatchObject({ email: 'ana@example.org', fullName: 'Ana Quintero', password: '  spaces count  ', credentials: ['LMFT', 'PhD'] });
  });

  it.each(['', '   ', '\u200B\u200C\u200D', '\u2060\uFEFF', ' \u202E\u2066 ', '\u3164', '\u00AD'])('refuses a name with nothing visible (%p)', async (fullName) => {
    expect((await check({ ...valid, fullName })).fields).toEqual(['fullName']);
  });

  it('keeps a name whose visible letters are wrapped in invisible ones', async () => {
    expect((await check({ ...valid, fullName: '\u200FLucía\u200D' })).fields).toEqual([]);
  });

  it.each(['Ana\nQuintero', 'Ana\tQuintero', 'Ana\u001BQuintero'])('refuses a name that is not one line (%p)', async (fullName) => {
    expect((await check({ ...valid, fullName })).fields).toEqual(['fullName']);
  });

  it('refuses a name over its length once trimmed, not before', async () => {
    expect((await check({ ...valid, fullName: `  ${'a'.repeat(200)}  ` })).fields).toEqual([]);
    expect((await check({ ...valid, fullName: 'a'.repeat(201) })).fields).toEqual(['fullName']);
  });

  it('refuses a blank or multi-line entry in a list', async () => {
    expect((await check({ ...valid, credentials: ['PhD', '\u200B'] })).fields).toEqual(['credentials']);
    expect((await check({ ...valid, credentials: ['Ph\nD'] })).fields).toEqual(['credentials']);
  });
});
