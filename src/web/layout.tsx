import type { ComponentChildren } from 'preact';
import { AuthUser } from '../auth/auth-user';
import { t } from './messages';
import { NavLink } from './navigation';

/** Who is looking at a signed-in page, and what their forms carry. */
export interface Viewer {
  user: AuthUser;
  csrfToken: string;
  links: NavLink[];
}

export function Layout({ title, viewer, children }: { title: string; viewer?: Viewer; children: ComponentChildren }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t('app.name')}`}</title>
        <link rel="stylesheet" href="/assets/app.css" />
        <script src="/assets/app.js" defer />
      </head>
      <body>
        <a class="skip" href="#main">
          {t('nav.skip')}
        </a>
        <header>
          <a class="brand" href={viewer ? '/home' : '/'}>
            {t('app.name')}
          </a>
          {viewer && <Navigation viewer={viewer} />}
        </header>
        <main id="main">
          <h1>{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
}

function Navigation({ viewer }: { viewer: Viewer }) {
  return (
    <>
      <nav aria-label={t('nav.label')}>
        <ul>
          {viewer.links.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{t(link.label)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <form method="post" action="/sign-out">
        <CsrfField token={viewer.csrfToken} />
        <button type="submit">{t('signOut.submit')}</button>
      </form>
    </>
  );
}

/** Every form carries the session's token; a post without it is refused. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** A labelled field with its error beside it; what was typed comes back in `value`. */
export function Field(props: {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'number' | 'date';
  value?: string;
  error?: string;
  required?: boolean;
  autocomplete?: string;
  multiline?: boolean;
  min?: number;
}) {
  const id = `field-${props.name}`;
  const errorId = `${id}-error`;
  const common = {
    id,
    name: props.name,
    required: props.required,
    'aria-invalid': props.error ? ('true' as const) : undefined,
    'aria-describedby': props.error ? errorId : undefined,
  };
  return (
    <div>
      <label for={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common}>{props.value ?? ''}</textarea>
      ) : (
        <input {...inputAttributes({ ...common, type: props.type ?? 'text', value: props.value ?? '', autoComplete: props.autocomplete, min: props.min })} />
      )}
      {props.error && (
        <p class="error" id={errorId}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** A labelled select with its error beside it; `value` is what was chosen (or typed back after a refusal). */
export function SelectField(props: { name: string; label: string; value?: string; error?: string; options: [string, string][] }) {
  const id = `field-${props.name}`;
  return (
    <div>
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name} aria-invalid={props.error ? 'true' : undefined} aria-describedby={props.error ? `${id}-error` : undefined}>
        {props.options.map(([value, text]) => (
          <option key={value} value={value} selected={value === props.value}>
            {text}
          </option>
        ))}
      </select>
      {props.error && (
        <p class="error" id={`${id}-error`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** An error that concerns the whole form, announced to screen readers. */
export function FormError({ message }: { message?: string }) {
  return message ? (
    <p class="error" role="alert">
      {message}
    </p>
  ) : null;
}

/** Preact types each input `type` apart; one field component serves them all. */
function inputAttributes(attributes: Record<string, unknown>): object {
  return attributes;
}

/** The link to a long list's next page, when there is one. */
export function NextPageLink({ href }: { href: string | null }) {
  return href ? (
    <p>
      <a href={href}>{t('page.next')}</a>
    </p>
  ) : null;
}
