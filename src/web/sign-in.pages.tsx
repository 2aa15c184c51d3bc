import { CsrfField, Field, FormError, Layout } from './layout';
import { t } from './messages';

/** What a refused form shows again: what was typed, and the reasons by field ('' for the whole form). */
export interface FormState {
  values?: Record<string, string>;
  errors?: Record<string, string>;
}

export function SignInPage({ csrf, next, state = {} }: { csrf: string; next: string; state?: FormState }) {
  return (
    <Layout title={t('signIn.title')}>
      <form method="post" action="/sign-in" class="card">
        <CsrfField token={csrf} />
        <input type="hidden" name="next" value={next} />
        <FormError message={state.errors?.['']} />
        <Field name="email" label={t('signIn.email')} type="email" autocomplete="username" required value={state.values?.email} error={state.errors?.email} />
        <Field name="password" label={t('signIn.password')} type="password" autocomplete="current-password" required error={state.errors?.password} />
        <button type="submit">{t('signIn.submit')}</button>
      </form>
      <p>
        <a href="/forgot-password">{t('signIn.forgot')}</a>
      </p>
    </Layout>
  );
}

export function ForgotPasswordPage({ csrf, sent, state = {} }: { csrf: string; sent?: boolean; state?: FormState }) {
  return (
    <Layout title={t('forgot.title')}>
      {sent ? (
        <p class="notice" role="status">
          {t('forgot.sent')}
        </p>
      ) : (
        <form method="post" action="/forgot-password" class="card">
          <p>{t('forgot.intro')}</p>
          <CsrfField token={csrf} />
          <FormError message={state.errors?.['']} />
          <Field name="email" label={t('signIn.email')} type="email" autocomplete="username" required value={state.values?.email} error={state.errors?.email} />
          <button type="submit">{t('forgot.submit')}</button>
        </form>
      )}
    </Layout>
  );
}

export function ResetPasswordPage({ csrf, token, state = {} }: { csrf: string; token: string; state?: FormState }) {
  return (
    <Layout title={t('reset.title')}>
      <form method="post" action="/reset-password" class="card">
        <CsrfField token={csrf} />
        <input type="hidden" name="token" value={token} />
        <FormError message={state.errors?.token ?? state.errors?.['']} />
        <Field name="newPassword" label={t('reset.newPassword')} type="password" autocomplete="new-password" required error={state.errors?.newPassword} />
        <button type="submit">{t('reset.submit')}</button>
      </form>
    </Layout>
  );
}
