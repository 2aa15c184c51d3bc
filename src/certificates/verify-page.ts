import { contactHours, formatLongDate, withoutBidiControls } from './certificate-format';

export interface VerifyPageView {
  status: 'VALID' | 'REVOKED' | 'NOT_FOUND';
  /** The code as the visitor asked for it; shown back to them, escaped. */
  code: string;
  /** The organisation that issued it, linked to its site when it has one. */
  issuerName?: string;
  issuerUrl?: string | null;
  holderName?: string;
  programName?: string;
  cohortName?: string;
  issuedAt?: Date;
  contactMinutes?: number;
  revokedAt?: Date | null;
  revocationReason?: string | null;
  pdfUrl?: string;
  /** CE that came with the certificate, one line per board (never the licence). */
  ceCredits?: { board: string; approvalNumber: string; credit: string }[];
}

/** The public page a CE certificate's QR code opens: the record, never the licence. */
export interface CeVerifyPageView {
  status: 'VALID' | 'REVOKED' | 'NOT_FOUND';
  recordId: string;
  issuerName?: string;
  issuerUrl?: string | null;
  holderName?: string;
  programName?: string;
  cohortName?: string;
  board?: string;
  approvalNumber?: string;
  credit?: string;
  deliveryFormat?: string;
  /** The completion certificate it came with, linked to its own page. */
  certificateVerifyUrl?: string | null;
  revokedAt?: Date | null;
}

/** A visitor may type anything into the URL; only this much of it is shown back. */
const MAX_SHOWN_CODE = 64;

const HEADLINES: Record<VerifyPageView['status'], string> = {
  VALID: 'This certificate is valid.',
  REVOKED: 'This certificate has been revoked and is no longer valid.',
  NOT_FOUND: 'No certificate matches this code.',
};

const CE_HEADLINES: Record<CeVerifyPageView['status'], string> = {
  VALID: 'This continuing education record is valid.',
  REVOKED: 'The certificate this continuing education came with has been revoked: the record is no longer valid.',
  NOT_FOUND: 'No continuing education record matches this link.',
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
  return page('Certificate verification', view.status, HEADLINES[view.status], details(view));
}

/** The page a CE certificate's QR code opens, for a board or an employer. */
export function renderCeVerifyPage(view: CeVerifyPageView): string {
  return page('Continuing education verification', view.status, CE_HEADLINES[view.status], ceDetails(view));
}

function page(title: string, status: VerifyPageView['status'], headline: string, body: string): string {
  const statusClass = status.toLowerCase().replace('_', '-');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p id="status" role="status" class="${statusClass}">${escapeHtml(headline)}</p>
${body}
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
      ['Issued by', issuer(view)],
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
  for (const ce of view.status === 'VALID' ? (view.ceCredits ?? []) : []) {
    rows.push(['Continuing education', `${text(ce.credit)}, ${text(ce.board)} (approval ${text(ce.approvalNumber)})`]);
  }
  const list = definitions(rows);
  const pdf =
    view.status === 'VALID' && view.pdfUrl
      ? `\n<p><a href="${escapeHtml(view.pdfUrl)}">Download the certificate (PDF)</a></p>`
      : '';
  return `<dl>\n${list}\n</dl>${pdf}`;
}

function ceDetails(view: CeVerifyPageView): string {
  const rows: [string, string | undefined][] = [['Record', `<code>${userText(view.recordId.slice(0, MAX_SHOWN_CODE))}</code>`]];
  if (view.status !== 'NOT_FOUND') {
    rows.push(
      ['Provider', issuer(view)],
      ['Participant', text(view.holderName)],
      ['Course', text(view.programName)],
      ['Cohort', text(view.cohortName)],
      ['Approved by', text(view.board)],
      ['Approval number', text(view.approvalNumber)],
      ['Credit', text(view.credit)],
      ['Delivery', text(view.deliveryFormat)],
      ['Completion certificate', view.certificateVerifyUrl ? `<a href="${escapeHtml(view.certificateVerifyUrl)}">Verify the certificate</a>` : undefined],
    );
  }
  if (view.status === 'REVOKED') rows.push(['Revoked', view.revokedAt ? escapeHtml(formatLongDate(view.revokedAt)) : undefined]);
  return `<dl>\n${definitions(rows)}\n</dl>`;
}

/** Rows with a value, as a definition list's terms and descriptions. */
function definitions(rows: [string, string | undefined][]): string {
  return rows
    .filter((row): row is [string, string] => row[1] !== undefined)
    .map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`)
    .join('\n');
}

function issuer(view: { issuerName?: string; issuerUrl?: string | null }): string | undefined {
  const name = text(view.issuerName);
  // Only web addresses become links: the profile's URL was checked when set, and is checked again here.
  if (!name || !view.issuerUrl || !/^https?:\/\//i.test(view.issuerUrl)) return name;
  return `<a href="${escapeHtml(view.issuerUrl)}" rel="noreferrer">${name}</a>`;
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
