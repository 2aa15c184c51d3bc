import { CohortEntity } from '../programs/cohort.entity';
import { LICENSE_TYPES } from '../licenses/license-catalogue';
import { CsrfField, Field, FormError, Layout, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { CE_INCREMENTS } from './ce-credit';
import { CeUnit } from './ce-unit';
import { CeApproval } from './ce.models';

/** The approval form as typed (every field as text; checkboxes as the values ticked). */
export interface ApprovalDraft {
  board: string;
  approvalNumber: string;
  statement: string;
  licenseTypes: string[];
  licenseStates: string;
  requiresCompletion: boolean;
  partialCredit: boolean;
  incrementMinutes: string;
  unit: string;
}

export const EMPTY_DRAFT: ApprovalDraft = {
  board: '', approvalNumber: '', statement: '', licenseTypes: [], licenseStates: '', requiresCompletion: true, partialCredit: true, incrementMinutes: '15', unit: CeUnit.HOURS,
};

export interface CeApprovalsProps {
  viewer: Viewer;
  cohort: CohortEntity;
  approvals: CeApproval[];
  notice?: string;
  draft?: ApprovalDraft;
  errors?: Record<string, string>;
}

export function CeApprovalsPage({ viewer, cohort, approvals, notice, draft = EMPTY_DRAFT, errors = {} }: CeApprovalsProps) {
  return (
    <Layout title={t('ce.title', { cohort: cohort.name })} viewer={viewer}>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <FormError message={errors['']} />
      {approvals.length ? approvals.map((approval) => <ApprovalCard key={approval.id} approval={approval} cohort={cohort} csrf={viewer.csrfToken} />) : <p>{t('ce.none')}</p>}
      <ApprovalForm cohort={cohort} csrf={viewer.csrfToken} draft={draft} errors={errors} />
    </Layout>
  );
}

function ApprovalCard({ approval, cohort, csrf }: { approval: CeApproval; cohort: CohortEntity; csrf: string }) {
  const yesNo = (value: boolean) => t(value ? 'ce.yes' : 'ce.no');
  return (
    <article class="card">
      <h2>
        {approval.board} · {approval.approvalNumber}
      </h2>
      <p>
        {t('ce.licenseTypes')}: {approval.licenseTypes.join(', ')}; {approval.licenseStates?.join(', ') ?? t('ce.everyState')}
        <br />
        {t('ce.requiresCompletion')}: {yesNo(approval.requiresCompletion)}; {t('ce.partialCredit')}: {yesNo(approval.partialCredit)}
        <br />
        {t('ce.incrementMinutes')}: {approval.incrementMinutes}; {t(`ce.unit.${approval.unit}`)} · {t('ce.records', { count: approval.recordCount })}
      </p>
      <p><a href={`/ce-approvals/${approval.id}/roster.csv`} download aria-label={t('exports.ceRosterLinkFor', { board: approval.board, number: approval.approvalNumber })}>{t('exports.ceRosterLink')}</a></p>
      {approval.recordCount === 0 && (
        <form method="post" action={`/cohorts/${cohort.id}/ce-approvals/${approval.id}/remove`}>
          <CsrfField token={csrf} />
          <button type="submit" class="secondary" aria-label={t('ce.removeFor', { number: approval.approvalNumber, board: approval.board })}>
            {t('ce.remove')}
          </button>
        </form>
      )}
    </article>
  );
}

function ApprovalForm({ cohort, csrf, draft, errors }: { cohort: CohortEntity; csrf: string; draft: ApprovalDraft; errors: Record<string, string> }) {
  return (
    <form method="post" action={`/cohorts/${cohort.id}/ce-approvals`} class="card" aria-labelledby="add-approval">
      <h2 id="add-approval">{t('ce.add')}</h2>
      <CsrfField token={csrf} />
      <Field name="board" label={t('ce.board')} required value={draft.board} error={errors.board} />
      <Field name="approvalNumber" label={t('ce.approvalNumber')} required value={draft.approvalNumber} error={errors.approvalNumber} />
      <Field name="statement" label={t('ce.statement')} multiline value={draft.statement} error={errors.statement} />
      <fieldset aria-describedby={errors.licenseTypes ? 'licenseTypes-error' : undefined}>
        <legend>{t('ce.licenseTypes')}</legend>
        {LICENSE_TYPES.map(({ code, name }) => (
          <div key={code} class="radio">
            <input type="checkbox" id={`type-${code}`} name="licenseTypes" value={code} checked={draft.licenseTypes.includes(code)} />
            <label for={`type-${code}`}>
              {code} — {name}
            </label>
          </div>
        ))}
        {errors.licenseTypes && (
          <p class="error" id="licenseTypes-error">
            {errors.licenseTypes}
          </p>
        )}
      </fieldset>
      <Field name="licenseStates" label={t('ce.licenseStates')} value={draft.licenseStates} error={errors.licenseStates} />
      <div class="radio">
        <input type="checkbox" id="requiresCompletion" name="requiresCompletion" value="true" checked={draft.requiresCompletion} />
        <label for="requiresCompletion">{t('ce.requiresCompletion')}</label>
      </div>
      <div class="radio">
        <input type="checkbox" id="partialCredit" name="partialCredit" value="true" checked={draft.partialCredit} />
        <label for="partialCredit">{t('ce.partialCredit')}</label>
      </div>
      <label for="incrementMinutes">{t('ce.incrementMinutes')}</label>
      <select id="incrementMinutes" name="incrementMinutes">
        {CE_INCREMENTS.map((minutes) => (
          <option key={minutes} value={String(minutes)} selected={draft.incrementMinutes === String(minutes)}>
            {minutes}
          </option>
        ))}
      </select>
      <label for="unit">{t('ce.unit')}</label>
      <select id="unit" name="unit">
        {Object.values(CeUnit).map((unit) => (
          <option key={unit} value={unit} selected={draft.unit === unit}>
            {t(`ce.unit.${unit}`)}
          </option>
        ))}
      </select>
      <button type="submit">{t('ce.approve')}</button>
    </form>
  );
}
