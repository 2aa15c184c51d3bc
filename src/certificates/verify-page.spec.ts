import { escapeHtml, renderVerifyPage, VerifyPageView } from './verify-page';

const valid: VerifyPageView = {
  status: 'VALID',
  code: '7K3M-9QXR-2B4T-Z8WN-J6HC-5DPF-0GAV',
  issuerName: 'Example Early Childhood Consultation Institute',
  holderName: 'Ana Quintero',
  programName: 'IECMHC Consultant Training',
  cohortName: '2025-2026',
  issuedAt: new Date('2026-06-30T17:45:12Z'),
  contactMinutes: 3450,
  pdfUrl: 'https://training.example.org/certificates/7K3M-9QXR-2B4T-Z8WN-J6HC-5DPF-0GAV.pdf',
};

function status(html: string): string | undefined {
  return html.match(/<p id="status" role="status"[^>]*>(.*?)<\/p>/)?.[1];
}

function field(html: string, term: string): string | undefined {
  return html.match(new RegExp(`<dt>${term}</dt><dd>(.*?)</dd>`))?.[1];
}

describe('escapeHtml', () => {
  it('escapes every character that could open markup or leave an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });
});

describe('renderVerifyPage', () => {
  it('is an accessible, self-contained English page', () => {
    const html = renderVerifyPage(valid);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<title>Certificate verification</title>');
    expect(html).toMatch(/<main>[\s\S]*<h1>Certificate verification<\/h1>[\s\S]*<\/main>/);
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
  });

  it('shows a valid certificate with its details and PDF link', () => {
    const html = renderVerifyPage(valid);
    expect(status(html)).toBe('This certificate is valid.');
    expect(field(html, 'Issued by')).toBe('<bdi>Example Early Childhood Consultation Institute</bdi>');
    expect(field(html, 'Holder')).toBe('<bdi>Ana Quintero</bdi>');
    expect(field(html, 'Program')).toBe('<bdi>IECMHC Consultant Training</bdi>');
    expect(field(html, 'Cohort')).toBe('<bdi>2025-2026</bdi>');
    expect(field(html, 'Issued')).toBe('June 30, 2026');
    expect(field(html, 'Contact hours')).toBe('57.5');
    expect(field(html, 'Revoked')).toBeUndefined();
    expect(html).toContain(`<a href="${valid.pdfUrl}">`);
  });

  it("links the issuer to its site, and only to a web address", () => {
    const linked = renderVerifyPage({ ...valid, issuerUrl: 'https://institute.example.org/?a=1&b=2' });
    expect(field(linked, 'Issued by')).toBe(
      '<a href="https://institute.example.org/?a=1&amp;b=2" rel="noreferrer"><bdi>Example Early Childhood Consultation Institute</bdi></a>',
    );
    const scripted = renderVerifyPage({ ...valid, issuerUrl: 'javascript:alert(1)' });
    expect(field(scripted, 'Issued by')).toBe('<bdi>Example Early Childhood Consultation Institute</bdi>');
  });

  it('shows a revoked certificate with the date and reason, and no PDF link', () => {
    const html = renderVerifyPage({
      ...valid,
      status: 'REVOKED',
      revokedAt: new Date('2026-08-01T09:00:00Z'),
      revocationReason: 'Issued in error',
    });
    expect(status(html)).toBe('This certificate has been revoked and is no longer valid.');
    expect(field(html, 'Revoked')).toBe('August 1, 2026');
    expect(field(html, 'Reason')).toBe('<bdi>Issued in error</bdi>');
    expect(field(html, 'Holder')).toBe('<bdi>Ana Quintero</bdi>');
    expect(html).not.toContain('.pdf');
  });

  it('says no certificate matches an unknown code and shows no details', () => {
    const html = renderVerifyPage({ status: 'NOT_FOUND', code: 'NOPE' });
    expect(status(html)).toBe('No certificate matches this code.');
    expect(field(html, 'Certificate code')).toBe('<code><bdi>NOPE</bdi></code>');
    expect(field(html, 'Holder')).toBeUndefined();
  });

  it('escapes every interpolated value', () => {
    const attack = '<script>alert("x")</script>';
    const html = renderVerifyPage({
      ...valid,
      status: 'REVOKED',
      code: attack,
      issuerName: attack,
      holderName: attack,
      programName: attack,
      cohortName: attack,
      revokedAt: new Date('2026-08-01T09:00:00Z'),
      revocationReason: attack,
    });
    expect(html).not.toContain('<script');
    const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;';
    for (const term of ['Issued by', 'Holder', 'Program', 'Cohort', 'Reason']) expect(field(html, term)).toBe(`<bdi>${escaped}</bdi>`);
    expect(field(html, 'Certificate code')).toBe(`<code><bdi>${escaped}</bdi></code>`);
  });

  it('shows back only the start of an overlong code', () => {
    const html = renderVerifyPage({ status: 'NOT_FOUND', code: 'A'.repeat(10_000) });
    expect(field(html, 'Certificate code')).toBe(`<code><bdi>${'A'.repeat(64)}…</bdi></code>`);
  });

  it('isolates what people typed and drops bidi controls from it, so nothing is reordered around it', () => {
    const html = renderVerifyPage({
      ...valid,
      status: 'REVOKED',
      code: 'AB\u202ECD',
      holderName: '\u05E9\u05E8\u05D4 \u202Bלוי\u202C',
      programName: 'IECMHC \u202Egniniart\u2066',
      cohortName: '\u200F2025\u061C',
      revokedAt: new Date('2026-08-01T09:00:00Z'),
      revocationReason: '\u202DIssued\u2069 in error\u200E',
    });
    expect(html).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(field(html, 'Holder')).toBe('<bdi>\u05E9\u05E8\u05D4 לוי</bdi>');
    expect(field(html, 'Program')).toBe('<bdi>IECMHC gniniart</bdi>');
    expect(field(html, 'Cohort')).toBe('<bdi>2025</bdi>');
    expect(field(html, 'Reason')).toBe('<bdi>Issued in error</bdi>');
    expect(field(html, 'Certificate code')).toBe('<code><bdi>ABCD</bdi></code>');
  });
});
