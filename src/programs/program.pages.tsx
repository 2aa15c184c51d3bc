import { formatDay } from '../web/dates';
import { CsrfField, Field, FormError, Layout, SelectField, Viewer } from '../web/layout';
import { t } from '../web/messages';
import { FormState } from '../web/sign-in.pages';
import { CohortEntity } from './cohort.entity';
import { EnrollmentRole } from './enrollment-role';
import { EnrollmentStatus } from './enrollment-status';
import { EnrollmentEntity } from './enrollment.entity';
import { ProgramEntity } from './program.entity';

export interface ProgramCohorts {
  program: ProgramEntity;
  cohorts: CohortEntity[];
}

export function ProgramsPage({ viewer, programs }: { viewer: Viewer; programs: ProgramCohorts[] }) {
  return (
    <Layout title={t('programs.title')} viewer={viewer}>
      {programs.length ? (
        programs.map(({ program, cohorts }) => (
          <section key={program.id} aria-labelledby={`program-${program.id}`}>
            <h2 id={`program-${program.id}`}>{program.name}</h2>
            {cohorts.length ? (
              <ul>
                {cohorts.map((cohort) => (
                  <li key={cohort.id}>
                    <a href={`/cohorts/${cohort.id}/manage`} aria-label={t('programs.manage', { cohort: cohort.name })}>
                      {cohort.name}
                    </a>{' '}
                    <span class="muted">
                      ({cohort.startsOn} – {cohort.endsOn})
                    </span>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('programs.noCohorts')}</p>
            )}
            <p>
              <a href={`/programs/${program.id}/cohorts/new`}>{t('programs.newCohort', { program: program.name })}</a>
            </p>
          </section>
        ))
      ) : (
        <p>{t('programs.none')}</p>
      )}
    </Layout>
  );
}

function CohortFields({ state, timeZone }: { state: FormState; timeZone?: string }) {
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  return (
    <>
      <Field name="name" label={t('programs.name')} required value={values.name} error={errors.name} />
      <Field name="startsOn" label={t('programs.startsOn')} type="date" required value={values.startsOn} error={errors.startsOn} />
      <Field name="endsOn" label={t('programs.endsOn')} type="date" required value={values.endsOn} error={errors.endsOn} />
      <Field name="capacity" label={t('programs.capacity')} type="number" min={1} required value={values.capacity} error={errors.capacity} />
      <Field name="timeZone" label={t('programs.timeZone')} value={values.timeZone ?? timeZone} error={errors.timeZone} />
      <Field name="minimumAttendancePercent" label={t('programs.minimumAttendance')} type="number" min={0} value={values.minimumAttendancePercent} error={errors.minimumAttendancePercent} />
    </>
  );
}

export function NewCohortPage({ viewer, program, state = {} }: { viewer: Viewer; program: ProgramEntity; state?: FormState }) {
  return (
    <Layout title={t('programs.newCohort', { program: program.name })} viewer={viewer}>
      <form method="post" action={`/programs/${program.id}/cohorts`} class="card">
        <CsrfField token={viewer.csrfToken} />
        <FormError message={state.errors?.['']} />
        <CohortFields state={state} timeZone={program.timeZone} />
        <button type="submit">{t('programs.createCohort')}</button>
      </form>
    </Layout>
  );
}

export interface ManageCohortProps {
  viewer: Viewer;
  cohort: CohortEntity;
  members: EnrollmentEntity[];
  notice?: string;
  /** The cohort form as typed after a refusal. */
  edit?: FormState;
  enrol?: FormState;
  /** A refused withdrawal: whose, and the form as typed. */
  withdrawal?: { enrollmentId: string; state: FormState };
}

/** A cohort for those who run it: its details, its members (enrol, withdraw), and the rest of its set-up. */
export function ManageCohortPage({ viewer, cohort, members, notice, edit, enrol = {}, withdrawal }: ManageCohortProps) {
  const participants = members.filter((member) => member.role === EnrollmentRole.PARTICIPANT && member.status === EnrollmentStatus.ACTIVE).length;
  const cohortValues = { name: cohort.name, startsOn: cohort.startsOn, endsOn: cohort.endsOn, capacity: String(cohort.capacity), timeZone: cohort.timeZone, minimumAttendancePercent: String(cohort.minimumAttendancePercent) };
  return (
    <Layout title={cohort.name} viewer={viewer}>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <p>{t('programs.dates', { startsOn: formatDay(cohort.startsOn), endsOn: formatDay(cohort.endsOn), timeZone: cohort.timeZone, participants, capacity: cohort.capacity })}</p>
      <nav aria-label={t('programs.more')}>
        <ul>
          <li><a href={`/cohorts/${cohort.id}/requirements`}>{t('programs.requirements')}</a></li>
          <li><a href={`/cohorts/${cohort.id}/copy`}>{t('programs.copy')}</a></li>
          <li><a href={`/cohorts/${cohort.id}/certificates`}>{t('programs.certificates')}</a></li>
          <li><a href={`/cohorts/${cohort.id}/ce-approvals`}>{t('programs.ceApprovals')}</a></li>
          <li><a href={`/cohorts/${cohort.id}/lms`}>{t('programs.lms')}</a></li>
          <li><a href={`/cohorts/${cohort.id}/audit`}>{t('audit.nav')}</a></li>
          <li><a href={`/cohorts/${cohort.id}/roster-import`}>{t('rosterImport.link')}</a></li>
          <li><a href={`/cohorts/${cohort.id}/exports`}>{t('exports.link')}</a></li>
        </ul>
      </nav>
      <section aria-labelledby="members">
        <h2 id="members">{t('programs.members')}</h2>
        <table>
          <tbody>
            {members.map((member) => (
              <MemberRow key={member.id} viewer={viewer} member={member} refused={withdrawal?.enrollmentId === member.id ? withdrawal.state : undefined} />
            ))}
          </tbody>
        </table>
        <form method="post" action={`/cohorts/${cohort.id}/enrollments`} class="card" aria-labelledby="enrol">
          <h3 id="enrol">{t('programs.enrolSomeone')}</h3>
          <CsrfField token={viewer.csrfToken} />
          <FormError message={enrol.errors?.['']} />
          <Field name="email" label={t('programs.email')} type="email" required value={enrol.values?.email} error={enrol.errors?.email ?? enrol.errors?.cohortId} />
          <SelectField
            name="role"
            label={t('programs.role')}
            value={enrol.values?.role}
            options={Object.values(EnrollmentRole).map((role) => [role, t(`programs.role.${role}`)])}
          />
          <button type="submit">{t('programs.enrol')}</button>
        </form>
      </section>
      <form method="post" action={`/cohorts/${cohort.id}/manage`} class="card" aria-labelledby="edit-cohort">
        <h2 id="edit-cohort">{t('programs.edit')}</h2>
        <CsrfField token={viewer.csrfToken} />
        <FormError message={edit?.errors?.['']} />
        <CohortFields state={{ values: edit?.values ?? cohortValues, errors: edit?.errors }} />
        <button type="submit">{t('programs.saveCohort')}</button>
      </form>
    </Layout>
  );
}

function MemberRow({ viewer, member, refused }: { viewer: Viewer; member: EnrollmentEntity; refused?: FormState }) {
  const name = member.user?.fullName ?? '';
  const withdrawable = member.role === EnrollmentRole.PARTICIPANT && member.status === EnrollmentStatus.ACTIVE;
  const id = (field: string) => `${field}-${member.id}`;
  const reasonError = refused?.errors?.reason ?? refused?.errors?.enrollmentId ?? refused?.errors?.[''];
  return (
    <tr>
      <td>
        {name}
        <br />
        <span class="muted">
          {t(`programs.role.${member.role}`)}
          {member.withdrawnOn ? ` · ${t('programs.withdrawnOn', { day: formatDay(member.withdrawnOn) })}` : ''}
        </span>
      </td>
      <td>
        {withdrawable && (
          <details open={!!refused}>
            <summary>{t('programs.withdrawFor', { name })}</summary>
            <form method="post" action={`/enrollments/${member.id}/withdraw`}>
              <CsrfField token={viewer.csrfToken} />
              <label for={id('effectiveOn')}>
                {t('programs.effectiveOn')}
                <span class="visually-hidden">{t('programs.effectiveOnFor', { name }).slice(t('programs.effectiveOn').length)}</span>
              </label>
              <input
                id={id('effectiveOn')}
                name="effectiveOn"
                type="date"
                required
                value={refused?.values?.effectiveOn ?? ''}
                aria-invalid={refused?.errors?.effectiveOn ? 'true' : undefined}
                aria-describedby={refused?.errors?.effectiveOn ? id('effectiveOn-error') : undefined}
              />
              {refused?.errors?.effectiveOn && (
                <p class="error" id={id('effectiveOn-error')}>
                  {refused.errors.effectiveOn}
                </p>
              )}
              <label for={id('reason')}>
                {t('programs.reason')}
                <span class="visually-hidden">{t('programs.reasonFor', { name }).slice(t('programs.reason').length)}</span>
              </label>
              <input
                id={id('reason')}
                name="reason"
                type="text"
                required
                value={refused?.values?.reason ?? ''}
                aria-invalid={reasonError ? 'true' : undefined}
                aria-describedby={reasonError ? id('reason-error') : undefined}
              />
              {reasonError && (
                <p class="error" id={id('reason-error')}>
                  {reasonError}
                </p>
              )}
              <button type="submit" aria-label={t('programs.withdrawFor', { name })}>
                {t('programs.withdraw')}
              </button>
            </form>
          </details>
        )}
      </td>
    </tr>
  );
}
