import { CeRecord } from '../ce/ce.models';
import { CohortEntity } from '../programs/cohort.entity';
import { formatDay } from '../web/dates';
import { Layout, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { CertificateEntity } from './certificate.entity';
import { formatCertificateCode } from './certificate-code';
import { contactHours } from './certificate-format';
import { CertificateStatus } from './certificate-status';

export const statusOf = (certificate: CertificateEntity) => (certificate.revokedAt ? CertificateStatus.REVOKED : CertificateStatus.VALID);

export interface OwnCertificates {
  certificates: CertificateEntity[];
  ceRecords: CeRecord[];
  administered: CohortEntity[];
}

/** A person's certificates and CE certificates, with their downloads and verify pages; and the cohorts they certify. */
export function CertificatesPage({ viewer, own }: { viewer: Viewer; own: OwnCertificates }) {
  return (
    <Layout title={t('certificates.title')} viewer={viewer}>
      <h2>{t('certificates.yours')}</h2>
      {own.certificates.length ? <CertificateTable certificates={own.certificates} /> : <p>{t('certificates.none')}</p>}
      <h2>{t('certificates.ce')}</h2>
      {own.ceRecords.length ? <CeTable records={own.ceRecords} /> : <p>{t('certificates.ceNone')}</p>}
      {own.administered.length > 0 && (
        <>
          <h2>{t('certificates.administered')}</h2>
          <ul>
            {own.administered.map((cohort) => (
              <li key={cohort.id}>
                <a href={`/cohorts/${cohort.id}/certificates`}>{t('certificates.manage', { cohort: cohort.name })}</a>
                {' · '}
                <a href={`/cohorts/${cohort.id}/ce-approvals`}>{t('ce.title', { cohort: cohort.name })}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}

function CertificateTable({ certificates }: { certificates: CertificateEntity[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('certificates.cohort')}</th>
          <th scope="col">{t('certificates.hours')}</th>
          <th scope="col">{t('certificates.issued')}</th>
          <th scope="col">{t('certificates.status')}</th>
          <th scope="col">{t('certificates.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {certificates.map((certificate) => {
          const code = formatCertificateCode(certificate.code);
          const name = `${certificate.cohortName} ${code}`;
          const status = statusOf(certificate);
          return (
            <tr key={certificate.id}>
              <td>{certificate.cohortName}</td>
              <td>{contactHours(certificate.contactMinutes)}</td>
              <td>{formatDay(certificate.issuedAt.toISOString().slice(0, 10))}</td>
              <td>{t(`certificates.status.${status}`)}</td>
              <td>
                {status === CertificateStatus.VALID && (
                  <>
                    <a href={`/certificates/${code}.pdf`}>{t('certificates.download', { name })}</a>
                    <br />
                  </>
                )}
                <a href={`/verify/${code}`}>{t('certificates.verify', { name })}</a>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function CeTable({ records }: { records: CeRecord[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('certificates.board')}</th>
          <th scope="col">{t('certificates.cohort')}</th>
          <th scope="col">{t('certificates.license')}</th>
          <th scope="col">{t('certificates.credit')}</th>
          <th scope="col">{t('certificates.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {records.map((record) => {
          const name = `${record.board} ${record.cohortName}`;
          return (
            <tr key={record.id}>
              <td>{record.board}</td>
              <td>{record.cohortName}</td>
              <td>{[record.licenseType, record.licenseState].filter(Boolean).join(' ')}</td>
              <td>{record.unit === 'CEUS' ? t('certificates.creditCeus', { ceus: record.ceus }) : t('certificates.creditHours', { hours: record.hours })}</td>
              <td>
                <a href={new URL(record.certificateUrl).pathname}>{t('certificates.download', { name })}</a>
                <br />
                <a href={new URL(record.verifyUrl).pathname}>{t('certificates.verify', { name })}</a>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
