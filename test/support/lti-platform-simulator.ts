import { randomBytes } from 'node:crypto';
import { createServer, IncomingHttpHeaders, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { calculateJwkThumbprint, CompactSign, createRemoteJWKSet, exportJWK, generateKeyPair, JWK, JWTPayload, jwtVerify, KeyLike } from 'jose';

export const LTI_ROLES = {
  learner: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner',
  instructor: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
  teachingAssistant: 'http://purl.imsglobal.org/vocab/lis/v2/membership#TeachingAssistant',
};

/** A role no launch carries, which an altered payload claims (tamper: 'altered-payload'). */
const SYSTEM_ADMINISTRATOR = 'http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator';

export interface PlatformUser {
  sub: string;
  name: string;
  givenName?: string;
  familyName?: string;
  email?: string;
  roles: string[];
}

export interface LaunchOptions {
  messageType?: 'LtiResourceLinkRequest' | 'LtiDeepLinkingRequest';
  /** A link made earlier by deep linking: its custom parameters and line item go into the launch. */
  resourceLinkId?: string;
  /** Changes to the id_token's claims (a value of undefined deletes the claim), for refused-launch tests. */
  claims?: Record<string, unknown>;
  /** Sign with a key the platform's JWKS does not publish (tampered), or sign with the right key and then alter the payload bytes. */
  tamper?: 'unknown-key' | 'altered-payload';
}

/** What the tool's registerLtiPlatform takes. */
export interface PlatformRegistration {
  issuer: string;
  clientId: string;
  deploymentIds: string[];
  authLoginUrl: string;
  accessTokenUrl: string;
  jwksUrl: string;
}

export interface ScoreBody {
  userId: string;
  timestamp: string;
  activityProgress: string;
  gradingProgress: string;
  scoreGiven?: number;
  scoreMaximum?: number;
  comment?: string;
  [field: string]: unknown;
}

export interface ReceivedScore {
  lineItemUrl: string;
  userId: string;
  body: ScoreBody;
  contentType: string;
  userAgent: string;
}

export interface CreatedResourceLink {
  id: string;
  title: string;
  custom: Record<string, string>;
  lineItemUrl?: string;
}

interface LineItem {
  url: string;
  scoreMaximum: number;
  label: string;
  resourceId?: string;
  tag?: string;
  resourceLinkId: string;
}

interface PendingLaunch {
  user: PlatformUser;
  options: LaunchOptions;
  loginUrl: string;
}

interface AccessGrant {
  scopes: Set<string>;
  expiresAt: number;
}

interface PlatformRequest {
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  body: string;
}

interface Reply {
  status: number;
  contentType: string;
  body: string;
  headers?: Record<string, string>;
}

interface ResourceLinkItem {
  type: 'ltiResourceLink';
  title?: string;
  custom?: Record<string, string>;
  lineItem?: { scoreMaximum: number; label?: string; resourceId?: string; tag?: string };
}

const LTI_CLAIM = 'https://purl.imsglobal.org/spec/lti/claim/';
const CLAIM = {
  messageType: `${LTI_CLAIM}message_type`,
  version: `${LTI_CLAIM}version`,
  deploymentId: `${LTI_CLAIM}deployment_id`,
  targetLinkUri: `${LTI_CLAIM}target_link_uri`,
  roles: `${LTI_CLAIM}roles`,
  context: `${LTI_CLAIM}context`,
  toolPlatform: `${LTI_CLAIM}tool_platform`,
  launchPresentation: `${LTI_CLAIM}launch_presentation`,
  resourceLink: `${LTI_CLAIM}resource_link`,
  custom: `${LTI_CLAIM}custom`,
  namesRoleService: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
  agsEndpoint: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  deepLinkingSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
  deepLinkingData: 'https://purl.imsglobal.org/spec/lti-dl/claim/data',
  contentItems: 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items',
};

const SCOPE = {
  lineItem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  lineItemReadonly: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly',
  resultReadonly: 'https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly',
  score: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
  memberships: 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
};
const AGS_SCOPES = [SCOPE.lineItem, SCOPE.resultReadonly, SCOPE.score];
const GRANTABLE_SCOPES = new Set(Object.values(SCOPE));

const MEDIA_TYPE = {
  score: 'application/vnd.ims.lis.v1.score+json',
  lineItem: 'application/vnd.ims.lis.v2.lineitem+json',
  lineItems: 'application/vnd.ims.lis.v2.lineitemcontainer+json',
  memberships: 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json',
};

const PATH = {
  jwks: '/api/lti/security/jwks',
  authorize: '/api/lti/authorize_redirect',
  token: '/login/oauth2/token',
  deepLinkingReturn: '/courses/1/deep_linking_response',
  coursePage: '/courses/1/launch',
  lineItems: '/api/lti/courses/1/line_items',
  memberships: '/api/lti/courses/1/names_and_roles',
  returnUrl: '/courses/1/external_content/success/external_tool_redirect',
};
const LINE_ITEM_PATH = /^\/api\/lti\/courses\/1\/line_items\/(\d+)(\/scores)?$/;
/** Some platforms' line item URLs carry a query string, which a score URL must keep after `/scores`. */
const LINE_ITEM_QUERY = '?type=journal';

const COURSE = { label: 'IECMHC-101', title: 'Consultant Training' };
/** The link a plain launch (not of a deep-linked link) comes from, like Canvas's course navigation. */
const COURSE_NAVIGATION_LINK = { id: 'course-navigation', title: 'Journal tool' };

const AUTHORIZATION_CONSTANTS = { scope: 'openid', response_type: 'id_token', response_mode: 'form_post', prompt: 'none' };
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const ACCESS_TOKEN_SECONDS = 3600;
const ID_TOKEN_SECONDS = 300;
const MEMBERS_PER_PAGE = 2;
const ACTIVITY_PROGRESS = new Set(['Initialized', 'Started', 'InProgress', 'Submitted', 'Completed']);
const GRADING_PROGRESS = new Set(['FullyGraded', 'Pending', 'PendingManual', 'Failed', 'NotReady']);
const ISO_TIMESTAMP_WITH_MILLISECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}(?:Z|[+-]\d{2}:\d{2})$/;

/** Each simulator in a process gets its own client and deployment, as separate Canvas accounts sharing the issuer do. */
let simulatorsStarted = 0;

/**
 * Canvas as an LTI 1.3 platform on loopback, for end-to-end tests of the tool: OIDC launches (resource
 * link and deep linking), the deep-linking return, client-credentials tokens, AGS scores and line
 * items, and NRPS, each refusing what Canvas refuses. `log` tells what happened, in order.
 */
export class LtiPlatformSimulator {
  readonly issuer = 'https://canvas.instructure.com';
  readonly log: string[] = [];
  /** The course roster NRPS serves. */
  members: PlatformUser[] = [];
  readonly scores: ReceivedScore[] = [];
  readonly resourceLinks: CreatedResourceLink[] = [];

  private readonly pendingLaunches = new Map<string, PendingLaunch>();
  private readonly deepLinkingData = new Set<string>();
  private readonly lineItems: LineItem[] = [];
  private readonly accessTokens = new Map<string, AccessGrant>();
  private readonly usedAssertionIds = new Set<string>();
  /** The last score timestamp of each line item and user, which the next must be after. */
  private readonly lastScoreTimestamps = new Map<string, string>();
  private readonly scoreFailures = { count: 0, status: 500 };
  private readonly toolKeys: ReturnType<typeof createRemoteJWKSet>;
  private readonly toolPlatformGuid = randomBytes(20).toString('hex');

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
    private readonly toolBaseUrl: string,
    readonly clientId: string,
    readonly deploymentId: string,
    readonly contextId: string,
    private readonly keys: { signing: KeyLike; publicJwk: JWK; kid: string; unpublished: KeyLike },
  ) {
    // No cool-down: a tool restarted with a new key is read again at once rather than refused for 30 s.
    this.toolKeys = createRemoteJWKSet(new URL(`${toolBaseUrl}/lti/jwks`), { cooldownDuration: 0 });
  }

  static async start(options: { toolBaseUrl: string }): Promise<LtiPlatformSimulator> {
    const [signing, unpublished] = await Promise.all([generateKeyPair('RS256'), generateKeyPair('RS256')]);
    const publicJwk = await exportJWK(signing.publicKey);
    const kid = await calculateJwkThumbprint(publicJwk);
    const server = createServer();
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
    const account = 42 + simulatorsStarted++;
    const simulator = new LtiPlatformSimulator(
      server,
      `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      options.toolBaseUrl.replace(/\/$/, ''),
      String(10000000000000 + account),
      `${account}:${randomBytes(20).toString('hex')}`,
      randomBytes(20).toString('hex'),
      { signing: signing.privateKey, publicJwk, kid, unpublished: unpublished.privateKey },
    );
    server.on('request', (request: IncomingMessage, response: ServerResponse) => void simulator.handle(request, response));
    return simulator;
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.close((error) => (error ? reject(error) : resolve()));
      this.server.closeAllConnections();
    });
  }

  registration(): PlatformRegistration {
    return {
      issuer: this.issuer,
      clientId: this.clientId,
      deploymentIds: [this.deploymentId],
      authLoginUrl: `${this.baseUrl}${PATH.authorize}`,
      accessTokenUrl: this.tokenUrl,
      jwksUrl: `${this.baseUrl}${PATH.jwks}`,
    };
  }

  /** The tool's OIDC login initiation URL for this user and launch; the pending launch is kept under its lti_message_hint. */
  loginUrl(user: PlatformUser, options: LaunchOptions = {}): string {
    if (options.resourceLinkId !== undefined && !this.resourceLinks.some((link) => link.id === options.resourceLinkId)) {
      throw new Error(`No resource link ${options.resourceLinkId}: links come from deep-linking responses`);
    }
    const messageHint = randomBytes(16).toString('base64url');
    const url = new URL(`${this.toolBaseUrl}/lti/login`);
    url.search = new URLSearchParams({
      iss: this.issuer,
      login_hint: user.sub,
      target_link_uri: this.redirectUri,
      lti_message_hint: messageHint,
      client_id: this.clientId,
      lti_deployment_id: this.deploymentId,
    }).toString();
    this.pendingLaunches.set(messageHint, { user, options, loginUrl: url.href });
    const link = options.resourceLinkId ? ` of ${options.resourceLinkId}` : '';
    this.log.push(`login initiation → tool: ${options.messageType ?? 'LtiResourceLinkRequest'}${link} for ${user.sub}`);
    return url.href;
  }

  /** A course page on the platform's origin that shows the tool in an iframe loading the login initiation URL, as Canvas embeds a tool. */
  coursePageUrl(user: PlatformUser, options: LaunchOptions = {}): string {
    const loginUrl = new URL(this.loginUrl(user, options));
    return `${this.baseUrl}${PATH.coursePage}?lti_message_hint=${encodeURIComponent(loginUrl.searchParams.get('lti_message_hint') ?? '')}`;
  }

  /** The next `count` score POSTs answer `status` (e.g. 500 for retry tests); then scores are taken again. */
  failNextScores(count: number, status: number): void {
    Object.assign(this.scoreFailures, { count, status });
  }

  private get tokenUrl(): string {
    return `${this.baseUrl}${PATH.token}`;
  }

  /** The only redirect URI registered for the tool, as Canvas's developer key lists it. */
  private get redirectUri(): string {
    return `${this.toolBaseUrl}/lti/launch`;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', this.baseUrl);
    let reply: Reply;
    try {
      reply = await this.route({ method, url, headers: request.headers, body: await readBody(request) });
    } catch (error) {
      this.log.push(`error on ${method} ${pathAndQuery(url)}: ${reasonOf(error)}`);
      reply = text(500, reasonOf(error));
    }
    response.writeHead(reply.status, { 'content-type': reply.contentType, ...reply.headers }).end(reply.body);
  }

  private route(request: PlatformRequest): Reply | Promise<Reply> {
    const { method, url } = request;
    const endpoint = `${method} ${url.pathname}`;
    // Browsers ask for it; answered quietly so that the log keeps to the launch.
    if (endpoint === 'GET /favicon.ico') return { status: 204, contentType: 'image/x-icon', body: '' };
    if (endpoint === `GET ${PATH.jwks}`) return this.jwks();
    if (endpoint === `GET ${PATH.authorize}`) return this.authorize(url.searchParams);
    if (endpoint === `POST ${PATH.deepLinkingReturn}`) return this.deepLinkingResponse(new URLSearchParams(request.body));
    if (endpoint === `GET ${PATH.coursePage}`) return this.coursePage(url.searchParams);
    if (isApiCall(url.pathname) && !request.headers['user-agent']) {
      return this.refuse(`${method} ${pathAndQuery(url)}`, json(403, { errors: [{ message: 'A User-Agent header is required' }] }), 'no User-Agent header');
    }
    if (endpoint === `POST ${PATH.token}`) return this.token(new URLSearchParams(request.body));
    if (endpoint === `GET ${PATH.memberships}`) return this.memberships(request);
    if (endpoint === `GET ${PATH.lineItems}`) return this.lineItemList(request);
    const match = LINE_ITEM_PATH.exec(url.pathname);
    const lineItem = match ? this.lineItems[Number(match[1]) - 1] : undefined;
    if (match && lineItem && url.search === LINE_ITEM_QUERY) {
      if (match[2] && method === 'POST') return this.score(request, lineItem);
      if (!match[2] && method === 'GET') return this.lineItem(request, lineItem);
    }
    return this.refuse(`${method} ${pathAndQuery(url)}`, text(404, 'Not found'), 'no such endpoint');
  }

  private jwks(): Reply {
    return json(200, { keys: [{ ...this.keys.publicJwk, kid: this.keys.kid, alg: 'RS256', use: 'sig' }] });
  }

  private async authorize(params: URLSearchParams): Promise<Reply> {
    const pending = this.authorizedLaunch(params);
    if (typeof pending === 'string') return this.refuse('authorize', text(400, pending), pending);
    const state = params.get('state') ?? '';
    const nonce = params.get('nonce') ?? '';
    this.log.push(`authorize: state=${state} nonce=${nonce}`);
    const idToken = await this.idToken(pending, nonce);
    const { messageType = 'LtiResourceLinkRequest', tamper } = pending.options;
    const tampered = tamper ? ` (tampered: ${tamper})` : '';
    this.log.push(`launch form_post → tool ${new URL(this.redirectUri).pathname}: ${messageType} for ${pending.user.sub}${tampered}`);
    return html(
      200,
      'Launching the tool',
      `<form method="post" action="${escapeHtml(this.redirectUri)}">
<input type="hidden" name="id_token" value="${escapeHtml(idToken)}">
<input type="hidden" name="state" value="${escapeHtml(state)}">
<button type="submit">Continue to the tool</button>
</form>
<script>document.forms[0].submit();</script>`,
    );
  }

  /** The pending launch an authorization request is for, or why it is refused. */
  private authorizedLaunch(params: URLSearchParams): PendingLaunch | string {
    const pending = this.pendingLaunches.get(params.get('lti_message_hint') ?? '');
    if (!pending) return 'unknown lti_message_hint (it must come back unchanged)';
    for (const [name, value] of Object.entries(AUTHORIZATION_CONSTANTS)) {
      if (params.get(name) !== value) return `${name} must be ${value}, not ${params.get(name) ?? 'missing'}`;
    }
    if (params.get('client_id') !== this.clientId) return `client_id ${params.get('client_id') ?? 'missing'} is not ${this.clientId}`;
    if (params.get('redirect_uri') !== this.redirectUri) {
      return `redirect_uri ${params.get('redirect_uri') ?? 'missing'} is not registered (${this.redirectUri})`;
    }
    if (params.get('login_hint') !== pending.user.sub) return `login_hint ${params.get('login_hint') ?? 'missing'} is not the launching user's`;
    if (!params.get('state')) return 'state is missing';
    if (!params.get('nonce')) return 'nonce is missing';
    return pending;
  }

  private async idToken(pending: PendingLaunch, nonce: string): Promise<string> {
    const { user, options } = pending;
    const now = Math.floor(Date.now() / 1000);
    const claims: Record<string, unknown> = {
      iss: this.issuer,
      aud: this.clientId,
      azp: this.clientId,
      sub: user.sub,
      exp: now + ID_TOKEN_SECONDS,
      iat: now,
      nonce,
      name: user.name,
      given_name: user.givenName,
      family_name: user.familyName,
      email: user.email,
      [CLAIM.messageType]: options.messageType ?? 'LtiResourceLinkRequest',
      [CLAIM.version]: '1.3.0',
      [CLAIM.deploymentId]: this.deploymentId,
      [CLAIM.targetLinkUri]: this.redirectUri,
      [CLAIM.roles]: user.roles,
      [CLAIM.context]: { id: this.contextId, ...COURSE, type: ['http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering'] },
      [CLAIM.toolPlatform]: { guid: this.toolPlatformGuid, name: 'Simulated Canvas', product_family_code: 'canvas', version: 'cloud' },
      [CLAIM.launchPresentation]: { document_target: 'iframe', return_url: `${this.baseUrl}${PATH.returnUrl}` },
      [CLAIM.namesRoleService]: { context_memberships_url: `${this.baseUrl}${PATH.memberships}`, service_versions: ['2.0'] },
      ...(options.messageType === 'LtiDeepLinkingRequest' ? this.deepLinkingClaims() : this.resourceLinkClaims(options.resourceLinkId)),
    };
    return this.sign(withOverrides(claims, options.claims ?? {}), options.tamper);
  }

  private deepLinkingClaims(): Record<string, unknown> {
    const data = randomBytes(16).toString('base64url');
    this.deepLinkingData.add(data);
    return {
      [CLAIM.deepLinkingSettings]: {
        deep_link_return_url: `${this.baseUrl}${PATH.deepLinkingReturn}`,
        accept_types: ['ltiResourceLink'],
        accept_presentation_document_targets: ['iframe', 'window'],
        accept_multiple: false,
        data,
      },
      [CLAIM.agsEndpoint]: { scope: AGS_SCOPES, lineitems: `${this.baseUrl}${PATH.lineItems}` },
    };
  }

  private resourceLinkClaims(resourceLinkId: string | undefined): Record<string, unknown> {
    const link = this.resourceLinks.find((created) => created.id === resourceLinkId);
    if (!link) return { [CLAIM.resourceLink]: COURSE_NAVIGATION_LINK };
    return {
      [CLAIM.resourceLink]: { id: link.id, title: link.title },
      [CLAIM.custom]: link.custom,
      [CLAIM.agsEndpoint]: { scope: AGS_SCOPES, lineitems: `${this.baseUrl}${PATH.lineItems}`, lineitem: link.lineItemUrl },
    };
  }

  /** An RS256 JWT under the published kid; tampered ones fail verification only at the signature. */
  private async sign(payload: Record<string, unknown>, tamper: LaunchOptions['tamper']): Promise<string> {
    const key = tamper === 'unknown-key' ? this.keys.unpublished : this.keys.signing;
    const jwt = await new CompactSign(new TextEncoder().encode(JSON.stringify(payload)))
      .setProtectedHeader({ alg: 'RS256', kid: this.keys.kid, typ: 'JWT' })
      .sign(key);
    return tamper === 'altered-payload' ? withAlteredPayload(jwt, payload) : jwt;
  }

  private async deepLinkingResponse(form: URLSearchParams): Promise<Reply> {
    const where = 'deep linking response';
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(form.get('JWT') ?? '', this.toolKeys, {
        algorithms: ['RS256'],
        issuer: this.clientId,
        audience: this.issuer,
        requiredClaims: ['iat', 'exp', 'nonce'],
      }));
    } catch (error) {
      return this.refuse(where, text(400, `JWT: ${reasonOf(error)}`), `JWT: ${reasonOf(error)}`);
    }
    const problem = this.deepLinkingResponseProblem(payload);
    if (problem) return this.refuse(where, text(400, problem), problem);
    const links = (payload[CLAIM.contentItems] as ResourceLinkItem[]).map((item) => this.createResourceLink(item));
    const described = links.map(
      (link) => `"${link.title}" → ${link.id}${link.lineItemUrl ? ` with line item ${pathAndQuery(new URL(link.lineItemUrl))}` : ''}`,
    );
    this.log.push(`${where}: ${links.length} ltiResourceLink ${described.join(', ')}`.trimEnd());
    return html(200, 'Added to the course', `<h1>Added to the course</h1>\n<p>${links.length} item${links.length === 1 ? '' : 's'} added.</p>`);
  }

  private deepLinkingResponseProblem(payload: JWTPayload): string | undefined {
    if (payload[CLAIM.messageType] !== 'LtiDeepLinkingResponse') return `message_type is ${String(payload[CLAIM.messageType])}, not LtiDeepLinkingResponse`;
    if (payload[CLAIM.version] !== '1.3.0') return `version is ${String(payload[CLAIM.version])}, not 1.3.0`;
    if (payload[CLAIM.deploymentId] !== this.deploymentId) return `deployment_id is ${String(payload[CLAIM.deploymentId])}, not ${this.deploymentId}`;
    const data = payload[CLAIM.deepLinkingData];
    if (typeof data !== 'string' || !this.deepLinkingData.has(data)) return 'data does not echo the deep-linking request\'s';
    const items = payload[CLAIM.contentItems];
    if (!Array.isArray(items)) return 'content_items is not an array';
    if (items.length > 1) return `accept_multiple is false, yet ${items.length} content items came`;
    return items.map(contentItemProblem).find(Boolean);
  }

  private createResourceLink(item: ResourceLinkItem): CreatedResourceLink {
    const link: CreatedResourceLink = { id: `rl-${this.resourceLinks.length + 1}`, title: item.title ?? '', custom: item.custom ?? {} };
    if (item.lineItem) {
      const { scoreMaximum, label, resourceId, tag } = item.lineItem;
      link.lineItemUrl = `${this.baseUrl}${PATH.lineItems}/${this.lineItems.length + 1}${LINE_ITEM_QUERY}`;
      this.lineItems.push({ url: link.lineItemUrl, scoreMaximum, label: label ?? link.title, resourceId, tag, resourceLinkId: link.id });
    }
    this.resourceLinks.push(link);
    return link;
  }

  private async token(form: URLSearchParams): Promise<Reply> {
    const refuse = (error: 'invalid_client' | 'invalid_grant' | 'invalid_scope', reason: string) =>
      this.refuse('token', json(400, { error }), `${error}: ${reason}`);
    const { grant_type: grantType, client_assertion_type: assertionType } = Object.fromEntries(form);
    if (grantType !== 'client_credentials') return refuse('invalid_grant', `grant_type ${grantType ?? 'missing'}`);
    if (assertionType !== JWT_BEARER) return refuse('invalid_client', `client_assertion_type ${assertionType ?? 'missing'}`);
    const assertionProblem = await this.clientAssertionProblem(form.get('client_assertion') ?? '');
    if (assertionProblem) return refuse('invalid_client', assertionProblem);
    const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
    const unknown = scopes.filter((scope) => !GRANTABLE_SCOPES.has(scope));
    if (!scopes.length || unknown.length) return refuse('invalid_scope', scopes.length ? `unknown ${unknown.join(' ')}` : 'no scope');
    const accessToken = randomBytes(32).toString('base64url');
    this.accessTokens.set(accessToken, { scopes: new Set(scopes), expiresAt: Date.now() + ACCESS_TOKEN_SECONDS * 1000 });
    this.log.push(`token: client_credentials scopes=${scopes.join(' ')}`);
    return json(200, { access_token: accessToken, token_type: 'Bearer', expires_in: ACCESS_TOKEN_SECONDS, scope: scopes.join(' ') });
  }

  private async clientAssertionProblem(assertion: string): Promise<string | undefined> {
    try {
      const { payload } = await jwtVerify(assertion, this.toolKeys, {
        algorithms: ['RS256'],
        issuer: this.clientId,
        subject: this.clientId,
        audience: this.tokenUrl,
        requiredClaims: ['iat', 'exp', 'jti'],
      });
      const jti = String(payload.jti);
      if (this.usedAssertionIds.has(jti)) return `client_assertion jti ${jti} was used before`;
      if (Number(payload.exp) > Date.now() / 1000 + ACCESS_TOKEN_SECONDS) return 'client_assertion exp is more than an hour ahead';
      this.usedAssertionIds.add(jti);
      return undefined;
    } catch (error) {
      return `client_assertion: ${reasonOf(error)}`;
    }
  }

  /** Why the request's Bearer token does not allow this call (none of `scopes` granted), if it does not. */
  private bearerProblem(request: PlatformRequest, scopes: string[]): string | undefined {
    const token = /^Bearer (\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token) return 'no Bearer token';
    const grant = this.accessTokens.get(token);
    if (!grant || grant.expiresAt <= Date.now()) return 'unknown or expired access token';
    if (!scopes.some((scope) => grant.scopes.has(scope))) return `the token does not grant ${scopes.join(' or ')}`;
    return undefined;
  }

  private score(request: PlatformRequest, lineItem: LineItem): Reply {
    const where = `score POST ${pathAndQuery(request.url)}`;
    const refuse = (status: number, type: string, reason: string) => this.refuse(where, json(status, { errors: { type, message: reason } }), reason);
    if (this.scoreFailures.count > 0) {
      this.scoreFailures.count--;
      return refuse(this.scoreFailures.status, 'simulated_failure', `simulated ${this.scoreFailures.status}`);
    }
    const unauthorized = this.bearerProblem(request, [SCOPE.score]);
    if (unauthorized) return refuse(401, 'unauthorized', unauthorized);
    const contentType = request.headers['content-type'] ?? '';
    if (mediaType(contentType) !== MEDIA_TYPE.score) {
      return refuse(415, 'unsupported_media_type', `Content-Type ${contentType || 'missing'} is not ${MEDIA_TYPE.score}`);
    }
    const score = readScore(request.body);
    if (typeof score === 'string') return refuse(400, 'bad_request', score);
    const key = `${lineItem.url} ${score.userId}`;
    const last = this.lastScoreTimestamps.get(key);
    if (last && Date.parse(score.timestamp) <= Date.parse(last)) {
      return refuse(400, 'bad_request', `Provided timestamp of ${score.timestamp} not after current timestamp of ${last}`);
    }
    this.lastScoreTimestamps.set(key, score.timestamp);
    this.scores.push({ lineItemUrl: lineItem.url, userId: score.userId, body: score, contentType, userAgent: request.headers['user-agent'] ?? '' });
    const given = score.scoreGiven === undefined ? 'none' : `${score.scoreGiven}/${score.scoreMaximum}`;
    this.log.push(`${where}: scoreGiven=${given} ${score.activityProgress} ${score.gradingProgress} for ${score.userId}`);
    const resultUrl = new URL(lineItem.url);
    resultUrl.pathname += `/results/${this.scores.length}`;
    return json(200, { resultUrl: resultUrl.href });
  }

  private lineItem(request: PlatformRequest, lineItem: LineItem): Reply {
    const unauthorized = this.bearerProblem(request, [SCOPE.lineItem, SCOPE.lineItemReadonly]);
    if (unauthorized) return this.refuse(`line item GET ${pathAndQuery(request.url)}`, json(401, { errors: [{ message: unauthorized }] }), unauthorized);
    this.log.push(`line item GET ${pathAndQuery(request.url)}`);
    return json(200, lineItemJson(lineItem), MEDIA_TYPE.lineItem);
  }

  /** The course's line items, filtered as AGS allows by resource_link_id, resource_id and tag. */
  private lineItemList(request: PlatformRequest): Reply {
    const unauthorized = this.bearerProblem(request, [SCOPE.lineItem, SCOPE.lineItemReadonly]);
    if (unauthorized) return this.refuse(`line items GET ${pathAndQuery(request.url)}`, json(401, { errors: [{ message: unauthorized }] }), unauthorized);
    const filters = request.url.searchParams;
    const matches = (name: string, value: string | undefined) => !filters.has(name) || filters.get(name) === value;
    const items = this.lineItems.filter(
      (item) => matches('resource_link_id', item.resourceLinkId) && matches('resource_id', item.resourceId) && matches('tag', item.tag),
    );
    this.log.push(`line items GET ${pathAndQuery(request.url)} → ${items.length}`);
    return json(200, items.map(lineItemJson), MEDIA_TYPE.lineItems);
  }

  private memberships(request: PlatformRequest): Reply {
    const where = `NRPS GET ${pathAndQuery(request.url)}`;
    const unauthorized = this.bearerProblem(request, [SCOPE.memberships]);
    if (unauthorized) return this.refuse(where, json(401, { errors: [{ message: unauthorized }] }), unauthorized);
    if (!accepts(request.headers.accept, MEDIA_TYPE.memberships)) {
      const reason = `Accept must include ${MEDIA_TYPE.memberships}`;
      return this.refuse(where, json(406, { errors: [{ message: reason }] }), `${reason}, not ${request.headers.accept ?? 'missing'}`);
    }
    const page = Number(request.url.searchParams.get('page') ?? '1');
    if (!Number.isInteger(page) || page < 1) return this.refuse(where, json(400, { errors: [{ message: 'page must be a positive integer' }] }), 'bad page');
    const first = (page - 1) * MEMBERS_PER_PAGE;
    const members = this.members.slice(first, first + MEMBERS_PER_PAGE);
    const hasNext = this.members.length > first + MEMBERS_PER_PAGE;
    this.log.push(`NRPS page ${page} → ${members.length} member${members.length === 1 ? '' : 's'}${hasNext ? ', Link next' : ''}`);
    return json(
      200,
      {
        id: request.url.href,
        context: { id: this.contextId, ...COURSE },
        members: members.map((member) => ({
          status: 'Active',
          name: member.name,
          given_name: member.givenName,
          family_name: member.familyName,
          email: member.email,
          user_id: member.sub,
          roles: member.roles,
        })),
      },
      MEDIA_TYPE.memberships,
      hasNext ? { link: `<${this.baseUrl}${PATH.memberships}?page=${page + 1}>; rel="next"` } : {},
    );
  }

  private coursePage(params: URLSearchParams): Reply {
    const pending = this.pendingLaunches.get(params.get('lti_message_hint') ?? '');
    if (!pending) return this.refuse('course page', text(404, 'No such launch'), 'unknown lti_message_hint');
    this.log.push(`course page for ${pending.user.sub}: iframe → tool login`);
    return html(
      200,
      'Course page',
      `<h1>${COURSE.title}</h1>\n<iframe title="Journal tool" src="${escapeHtml(pending.loginUrl)}" style="width:100%;height:700px"></iframe>`,
    );
  }

  private refuse(where: string, reply: Reply, reason: string): Reply {
    this.log.push(`${where} refused (${reply.status}): ${reason}`);
    return reply;
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Calls Canvas answers only with a User-Agent (its API and token endpoint; not the browser's pages). */
function isApiCall(path: string): boolean {
  return path === PATH.token || path.startsWith('/api/lti/courses/');
}

function text(status: number, body: string): Reply {
  return { status, contentType: 'text/plain; charset=utf-8', body };
}

function json(status: number, value: unknown, contentType = 'application/json', headers: Record<string, string> = {}): Reply {
  return { status, contentType, body: JSON.stringify(value), headers };
}

function html(status: number, title: string, body: string): Reply {
  return {
    status,
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body>
<main>
${body}
</main>
</body>
</html>
`,
  };
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function pathAndQuery(url: URL): string {
  return `${url.pathname}${url.search}`;
}

function mediaType(contentType: string): string {
  return contentType.split(';')[0].trim().toLowerCase();
}

function accepts(accept: string | undefined, type: string): boolean {
  return (accept ?? '').split(',').some((range) => mediaType(range) === type);
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function withOverrides(claims: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const result = { ...claims };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === undefined) delete result[name];
    else result[name] = value;
  }
  return result;
}

/** The JWT with its payload changed after signing (the user made an administrator), its signature left as it was. */
function withAlteredPayload(jwt: string, payload: Record<string, unknown>): string {
  const [header, , signature] = jwt.split('.');
  const roles = Array.isArray(payload[CLAIM.roles]) ? (payload[CLAIM.roles] as string[]) : [];
  const altered = Buffer.from(JSON.stringify({ ...payload, [CLAIM.roles]: [...roles, SYSTEM_ADMINISTRATOR] })).toString('base64url');
  return `${header}.${altered}.${signature}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function contentItemProblem(item: unknown): string | undefined {
  if (!isRecord(item)) return 'a content item is not an object';
  if (item.type !== 'ltiResourceLink') return `content item type ${String(item.type)} is not among accept_types (ltiResourceLink)`;
  if (!isOptionalString(item.title)) return 'a content item\'s title is not a string';
  if (item.custom !== undefined && !(isRecord(item.custom) && Object.values(item.custom).every((value) => typeof value === 'string'))) {
    return 'a content item\'s custom is not an object of strings';
  }
  if (item.lineItem === undefined) return undefined;
  if (!isRecord(item.lineItem)) return 'a content item\'s lineItem is not an object';
  const { scoreMaximum, label, resourceId, tag } = item.lineItem;
  if (typeof scoreMaximum !== 'number' || !(scoreMaximum > 0)) return 'lineItem.scoreMaximum is not a positive number';
  if (![label, resourceId, tag].every(isOptionalString)) return 'lineItem.label, resourceId and tag must be strings';
  return undefined;
}

/** The score in a POST's body, or why it is refused. */
function readScore(body: string): ScoreBody | string {
  let score: unknown;
  try {
    score = JSON.parse(body);
  } catch {
    return 'the body is not JSON';
  }
  if (!isRecord(score)) return 'the body is not a JSON object';
  if (typeof score.userId !== 'string' || !score.userId) return 'userId is missing';
  if (typeof score.timestamp !== 'string' || !ISO_TIMESTAMP_WITH_MILLISECONDS.test(score.timestamp) || Number.isNaN(Date.parse(score.timestamp))) {
    return `timestamp ${String(score.timestamp)} is not an ISO 8601 time with milliseconds`;
  }
  for (const [name, allowed] of [['activityProgress', ACTIVITY_PROGRESS], ['gradingProgress', GRADING_PROGRESS]] as const) {
    if (!allowed.has(score[name] as string)) return `${name} ${String(score[name])} is not one of ${[...allowed].join(', ')}`;
  }
  if (score.scoreGiven !== undefined && !(typeof score.scoreGiven === 'number' && score.scoreGiven >= 0)) return 'scoreGiven is not a number of at least 0';
  if (score.scoreMaximum !== undefined && !(typeof score.scoreMaximum === 'number' && score.scoreMaximum > 0)) return 'scoreMaximum is not a positive number';
  if (score.scoreGiven !== undefined && score.scoreMaximum === undefined) return 'scoreMaximum must come with scoreGiven';
  if (!isOptionalString(score.comment)) return 'comment is not a string';
  return score as ScoreBody;
}

function lineItemJson(item: LineItem): Record<string, unknown> {
  return { id: item.url, scoreMaximum: item.scoreMaximum, label: item.label, resourceId: item.resourceId, tag: item.tag, resourceLinkId: item.resourceLinkId };
}
