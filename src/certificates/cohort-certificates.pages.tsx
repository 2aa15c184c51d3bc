import { CohortEntity } from '../programs/cohort.entity';
import { formatDay } from '../web/dates';
import { CsrfField, Field, FormError, Layout, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { CertificateEntity } from './certificate.entity';
import { formatCertificateCode } from './certificate-code';
import { statusOf } from './certificate-list.pages';
import { CertificateStatus } from './certificate-status';

export interface CohortCertificatesProps {
  viewer: Viewer;
  cohort: CohortEntity;
  certificates: CertificateEntity[];
  /** A notice after a change (role=status). */
  notice?: string;
  /** A refused change: which form, the reasons by field, and what was typed. */
  refused?: { certificateId?: string; errors: Record<string, string>; typed: Record<string, string> };
}

/** A cohort's certificates for those who issue them: issue to everyone eligible, revoke, reissue, transcripts. */
export function CohortCertificatesPage({ viewer, cohort, certificates, notice, refused }: CohortCertificatesProps) {
  const issueRefused = refused && !refused.certificateId ? refused : undefined;
  return (
    <Layout title={t('certificates.manage', { cohort: cohort.name })} viewer={viewer}>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <form method="post" action={`/cohorts/${cohort.id}/certificates`} class="card">
        <CsrfField token={viewer.csrfToken} />
        <p>{t('certificates.issueIntro')}</p>
        <FormError message={issueRefused?.errors.cohortId} />
        <Field
          name="earlyCompletionReason"
          label={t('certificates.earlyReason')}
          value={issueRefused?.typed.earlyCompletionReason}
          error={issueRefused?.errors.earlyCompletionReason}
        />
        <button type="submit">{t('certificates.issueAll')}</button>
      </form>
      {certificates.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('certificates.holder')}</th>
              <th scope="col">{t('certificates.code')}</th>
              <th scope="col">{t('certificates.status')}</th>
              <th scope="col">{t('certificates.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {certificates.map((certificate) => (
              <CertificateRow key={certificate.id} cohort={cohort} certificate={certificate} csrf={viewer.csrfToken} refused={refused?.certificateId === certificate.id ? refused : undefined} />
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

function CertificateRow(props: { cohort: CohortEntity; certificate: CertificateEntity; csrf: string; refused?: CohortCertificatesProps['refused'] }) {
  const { cohort, certificate, csrf, refused } = props;
  const name = certificate.holderName;
  const status = statusOf(certificate);
  const fieldId = `reason-${certificate.id}`;
  const error = refused?.errors.reason ?? refused?.errors.certificateId;
  return (
    <tr>
      <td>
        {name}
        <br />
        <a href={`/cohorts/${cohort.id}/transcripts/${certificate.userId}.pdf`}>{t('certificates.transcript', { name })}</a>
      </td>
      <td>{formatCertificateCode(certificate.code)}</td>
      <td>
        {t(`certificates.status.${status}`)}
        <br />
        <span class="muted">{formatDay(certificate.issuedAt.toISOString().slice(0, 10))}</span>
      </td>
      <td>
        {status === CertificateStatus.VALID && (
          <form method="post" action={`/cohorts/${cohort.id}/certificates/${certificate.id}`}>
            <CsrfField token={csrf} />
            <label for={fieldId}>
              {t('certificates.reason')}
              <span class="visually-hidden"> {t('certificates.reasonFor', { name })}</span>
            </label>
            <input
              id={fieldId}
              name="reason"
              type="text"
              value={refused?.typed.reason ?? ''}
              aria-invalid={error ? 'true' : undefined}
              aria-describedby={error ? `${fieldId}-error` : undefined}
            />
            {error && (
              <p class="error" id={`${fieldId}-error`}>
                {error}
              </p>
            )}
            <button type="submit" name="action" value="revoke" aria-label={t('certificates.revokeFor', { name })}>
              {t('certificates.revoke')}
            </button>
            <button type="submit" name="action" value="reissue" class="secondary" aria-label={t('certificates.reissueFor', { name })}>
              {t('certificates.reissue')}
            </button>
          </form>
        )}
      </td>
    </tr>
  );
}
