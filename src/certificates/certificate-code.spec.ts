import { formatCertificateCode, generateCertificateCode, normalizeCertificateCode } from './certificate-code';

describe('certificate codes', () => {
  it('generates 1,000 distinct codes from the Crockford alphabet in groups of four', () => {
    const codes = Array.from({ length: 1000 }, generateCertificateCode);
    expect(new Set(codes).size).toBe(1000);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/);
    }
  });

  it('carries at least 128 bits of randomness', () => {
    const symbols = generateCertificateCode().replace(/-/g, '').length;
    expect(symbols * Math.log2(32)).toBeGreaterThanOrEqual(128);
  });

  it('normalizes case, dashes and whitespace to the same stored form', () => {
    const code = generateCertificateCode();
    const stored = code.replace(/-/g, '');
    expect(normalizeCertificateCode(code)).toBe(stored);
    expect(normalizeCertificateCode(code.toLowerCase())).toBe(stored);
    expect(normalizeCertificateCode(` ${code.replace(/-/g, ' ')}\n`)).toBe(stored);
    expect(normalizeCertificateCode(stored.match(/.{1,7}/g)!.join('--'))).toBe(stored);
  });

  it('reads the look-alikes I, L and O as 1, 1 and 0', () => {
    expect(normalizeCertificateCode('o1l3456789abcdefghjkmnpqrstv')).toBe('0113456789ABCDEFGHJKMNPQRSTV');
    expect(normalizeCertificateCode('OI23456789ABCDEFGHJKMNPQRSTV')).toBe('0123456789ABCDEFGHJKMNPQRSTV');
  });

  it('formats a normalized code back into dashed groups', () => {
    const code = generateCertificateCode();
    expect(formatCertificateCode(normalizeCertificateCode(code)!)).toBe(code);
  });

  it.each([
    ['empty', ''],
    ['too short', 'ABCD-EFGH'],
    ['one symbol too many', `${'A'.repeat(28)}B`],
    ['the excluded letter U', 'U'.repeat(28)],
    ['punctuation', `${'A'.repeat(27)}!`],
    ['SQL text', "'; DROP TABLE certificates; --"],
    ['SQL padded to length', "' OR 1=1 --AAAAAAAAAAAAAAAAAAAAAAAAA"],
    ['10 kB of input', 'A'.repeat(10_000)],
    ['non-ASCII digits', '٠'.repeat(28)],
  ])('refuses %s', (_label, input) => {
    expect(normalizeCertificateCode(input)).toBeNull();
  });
});
