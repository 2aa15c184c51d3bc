import { contactHours, formatLongDate, withoutBidiControls } from './certificate-format';

export interface VerifyPageView {
  status: 'VALID' | 'REVOKED' | 'NOT_FOUND';
  /** The code as the visitor asked for it; shown back to them, escaped. */
  code: string;
  holderName?: string;
  programName?: string;
  cohortName?: string;
  issuedAt?: Date;
  contactMinutes?: number;
  revokedAt?: Date | null;
  revocationReason?: string | null;
  pdfUrl?: string;
}

/** A visitor may type anything into the URL; only this much of it is shown back. */
const MAX_SHOWN_CODE = 64;

const HEADLINES: Record<VerifyPageView['status'], string> = {
  VALID: 'This certificate is valid.',
  REVOKED: 'This certificate has been revoked and is no longer valid.',
  NOT_FOUND: 'No certificate matches this code.',
};

const STYLE = [
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:0;',
  'color:#1f2a44;background:#f5f6fa;line-height:1.5}',
  'main{max-width:40rem;margin:2rem auto;padding:1.5rem 2rem;background:#fff;border-radius:8px;',
  'box-shadow:0 1px 4px rgba(0,0,0,.12)}',
  'h1{font-size:1.5rem;margin:0 0 1rem}',
  '#status{font-weight:700;font-size:1.125rem;padding:.75rem 1rem;border-radius:6px;border-left:6px solid}',
  '.valid{background:#e6f4ea;border-color:#1e7b34}.revoked{background:#fdecea;border-color:#b00020}',
  '.not-found{background:#eef0f5;border-color:#55607a}',
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:.5rem 1.5rem}dt{font-weight:600}',
  'dd{margin:0;overflow-wrap:anywhere}code{font-size:1rem}a{color:#1a4fa0}',
].join('');

/** Escapes text for HTML element content and double- or single-quoted attributes. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The self-contained page an employer opens from a certificate's QR code. */
export function renderVerifyPage(view: VerifyPageView): string {
  const statusClass = view.status.toLowerCase().replace('_', '-');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Certificate verification</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Certificate verification</h1>
<p id="status" role="status" class="${statusClass}">${escapeHtml(HEADLINES[view.status])}</p>
${details(view)}
</main>
</body>
</html>
`;
}

function details(view: VerifyPageView): string {
  const code = view.code.length > MAX_SHOWN_CODE ? `${view.code.slice(0, MAX_SHOWN_CODE)}…` : view.code;
  const rows: [string, string | undefined][] = [['Certificate code', `<code>${userText(code)}</code>`]];
  if (view.status !== 'NOT_FOUND') {
    rows.push(
      ['Holder', text(view.holderName)],
      ['Program', text(view.programName)],
      ['Cohort', text(view.cohortName)],
      ['Issued', view.issuedAt && escapeHtml(formatLongDate(view.issuedAt))],
      ['Contact hours', view.contactMinutes === undefined ? undefined : String(contactHours(view.contactMinutes))],
    );
  }
  if (view.status === 'REVOKED') {
    rows.push(
      ['Revoked', view.revokedAt ? escapeHtml(formatLongDate(view.revokedAt)) : undefined],
      ['Reason', text(view.revocationReason)],
    );
  }
  const list = rows
    .filter((row): row is [string, string] => row[1] !== undefined)
    .map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`)
    .join('\n');
  const pdf =
    view.status === 'VALID' && view.pdfUrl
      ? `\n<p><a href="${escapeHtml(view.pdfUrl)}">Download the certificate (PDF)</a></p>`
      : '';
  return `<dl>\n${list}\n</dl>${pdf}`;
}

function text(value: string | null | undefined): string | undefined {
  return value ? userText(value) : undefined;
}

/**
 * Text a person typed, escaped, without bidi controls and isolated in <bdi>, so neither a control
 * nor a right-to-left name can reorder the page around it.
 */
function userText(value: string): string {
  return `<bdi>${escapeHtml(withoutBidiControls(value))}</bdi>`;
}
