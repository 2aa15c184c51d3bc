/** No live session: the page sends the person to sign in, and back afterwards. */
export class SignInRequired extends Error {}

/** A form post without the page's token (a forged or stale form). */
export class CsrfRefused extends Error {}
