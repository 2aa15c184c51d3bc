import { parseSetCookie } from 'cookie';
import { LaunchOptions, LtiPlatformSimulator, PlatformUser } from './lti-platform-simulator';

/** What the tool answered, redirects not followed. */
export interface ToolResponse {
  status: number;
  location: string | null;
  body: string;
  /** The response's Set-Cookie headers as sent, to check their attributes. */
  setCookies: string[];
}

/** The form the platform's authorization page posts to the tool by itself. */
export interface LaunchForm {
  action: string;
  idToken: string;
  state: string;
}

/**
 * A browserless LTI launch of the tool from an LtiPlatformSimulator: login initiation, the platform's
 * authorization, and the form_post to the tool, with a cookie jar of the tool's cookies.
 */
export class LtiLaunchClient {
  /** The tool's cookies, name → value as sent back (for state-mismatch tests a test may change them). */
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly platform: LtiPlatformSimulator,
    private readonly toolBaseUrl: string,
  ) {}

  /** Login initiation at the tool, then its redirect followed at the platform: the auto-submitted form, not yet posted. */
  async authorize(loginUrl: string): Promise<LaunchForm & { loginResponse: Response }> {
    const loginResponse = await this.fetchTool(loginUrl, { method: 'GET' });
    const location = loginResponse.headers.get('location');
    const { authLoginUrl } = this.platform.registration();
    const redirect = location === null ? undefined : new URL(location, loginUrl);
    if (![302, 303].includes(loginResponse.status) || !redirect || `${redirect.origin}${redirect.pathname}` !== authLoginUrl) {
      throw new Error(`The tool's login answered ${loginResponse.status} ${location ?? await loginResponse.text()}, not a redirect to ${authLoginUrl}`);
    }
    const authorization = await fetch(redirect);
    const page = await authorization.text();
    if (authorization.status !== 200) throw new Error(`The platform refused the authorization request (${authorization.status}): ${page}`);
    return { ...readLaunchForm(page), loginResponse };
  }

  /** Posts the id_token and state to the form's action (the tool's /lti/launch) with the jar's cookies. */
  async launch(form: LaunchForm): Promise<ToolResponse> {
    return toolResponse(await this.fetchTool(form.action, { method: 'POST', body: new URLSearchParams({ id_token: form.idToken, state: form.state }) }));
  }

  async run(user: PlatformUser, options?: LaunchOptions): Promise<ToolResponse> {
    return this.launch(await this.authorize(this.platform.loginUrl(user, options)));
  }

  /** GET a tool path (or an absolute URL, such as a Location the tool answered) with the jar's cookies. */
  async get(path: string): Promise<ToolResponse> {
    return toolResponse(await this.fetchTool(new URL(path, this.toolBaseUrl), { method: 'GET' }));
  }

  /** POST a form to a tool path (or an absolute URL) with the jar's cookies. */
  async post(path: string, form: Record<string, string>): Promise<ToolResponse> {
    return toolResponse(await this.fetchTool(new URL(path, this.toolBaseUrl), { method: 'POST', body: new URLSearchParams(form) }));
  }

  private async fetchTool(url: string | URL, init: { method: 'GET' | 'POST'; body?: URLSearchParams }): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.keepCookies(response.headers.getSetCookie());
    return response;
  }

  /** Keeps cookies as a browser would for the tool's origin; Secure ones too, since tests speak http on loopback. */
  private keepCookies(setCookies: string[]): void {
    for (const header of setCookies) {
      // Values stay as sent, the way a browser returns them.
      const { name, value, maxAge, expires } = parseSetCookie(header, { decode: (raw) => raw });
      const expired = (maxAge !== undefined && maxAge <= 0) || (expires !== undefined && expires.getTime() <= Date.now());
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value ?? '');
    }
  }
}

async function toolResponse(response: Response): Promise<ToolResponse> {
  return { status: response.status, location: response.headers.get('location'), body: await response.text(), setCookies: response.headers.getSetCookie() };
}

/** The action and hidden fields of the platform's auto-submitting form (LtiPlatformSimulator's authorization page). */
function readLaunchForm(page: string): LaunchForm {
  const action = /<form [^>]*action="([^"]*)"/.exec(page)?.[1];
  const field = (name: string) => new RegExp(`<input type="hidden" name="${name}" value="([^"]*)">`).exec(page)?.[1];
  const idToken = field('id_token');
  const state = field('state');
  if (action === undefined || idToken === undefined || state === undefined) throw new Error(`No launch form in the platform's authorization page: ${page}`);
  return { action: unescapeHtml(action), idToken: unescapeHtml(idToken), state: unescapeHtml(state) };
}

function unescapeHtml(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
