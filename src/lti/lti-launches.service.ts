import { Injectable } from '@nestjs/common';
import { errors as joseErrors, jwtVerify, JWTPayload } from 'jose';
import { DataSource, EntityManager, IsNull, LessThan } from 'typeorm';
import { newToken, tokenHashHex } from '../auth/one-time-tokens';
import { UserEntity } from '../auth/user.entity';
import { AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { JournalAssignmentEntity } from '../journals/journal-assignment.entity';
import { EnrollmentRole } from '../programs/enrollment-role';
import { EnrollmentsService } from '../programs/enrollments.service';
import { LaunchClaimError, LaunchClaims, readLaunchClaims } from './lti-claims';
import { enrollmentRoleOf } from './lti-enrollment';
import { LtiContextLinkEntity } from './lti-context-link.entity';
import { LtiLaunchRefused } from './lti-launch-refused';
import { LtiLaunchEntity } from './lti-launch.entity';
import { LtiLineItemEntity } from './lti-line-item.entity';
import { LtiPeople } from './lti-people';
import { LtiPlatformEntity } from './lti-platform.entity';
import { PlatformKeys } from './platform-keys';
import { isPlatformUrl } from './platform-url';

/** How long a browser has from login initiation to the launch. */
const LOGIN_MINUTES = 10;
/** How old an id_token may be when it arrives, and the clock difference allowed. */
const TOKEN_MAX_AGE = '10m';
const CLOCK_TOLERANCE_SECONDS = 60;
/** A frame's name, not a document. */
const MAX_STORAGE_TARGET = 200;


export interface LoginStart {
  redirectUrl: string;
  state: string;
  /** Kept by the browser (a cookie, and the platform's storage when it offers one): the launch must come back with it. */
  browserToken: string;
  storage: PlatformStorage | null;
}

/** The platform's storage frame (LTI client-side postMessages) and the origin its messages go to: the authorization endpoint's. */
export interface PlatformStorage {
  target: string;
  origin: string;
}

/** The key a login's browser binding is kept under in the platform's storage. */
export const storageKey = (state: string) => `state_${state}`;

export interface CompletedLaunch {
  user: UserEntity;
  destination: string;
}

type LoginParameters = Record<string, unknown>;

const parameter = (parameters: LoginParameters, name: string): string | null => {
  const value = parameters[name];
  return typeof value === 'string' && value ? value : null;
};

/** OIDC login initiation and the launch that follows it (LTI 1.3 core, with state bound to the browser and nonces used once). */
@Injectable()
export class LtiLaunches {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly config: AppConfig,
    private readonly platformKeys: PlatformKeys,
    private readonly people: LtiPeople,
    private readonly enrollments: EnrollmentsService,
  ) {}

  /** Answers a platform's login initiation with where to send the browser, and the state it must bring back. */
  async beginLogin(parameters: LoginParameters): Promise<LoginStart> {
    const issuer = parameter(parameters, 'iss');
    const loginHint = parameter(parameters, 'login_hint');
    if (!issuer || !loginHint || !parameter(parameters, 'target_link_uri')) {
      throw new LtiLaunchRefused('The learning platform started the launch without iss, login_hint or target_link_uri.');
    }
    const platform = await this.platformFor(issuer, parameter(parameters, 'client_id'));
    const deploymentId = parameter(parameters, 'lti_deployment_id');
    if (deploymentId && !platform.deploymentIds.includes(deploymentId)) throw new LtiLaunchRefused('This installation of the tool (deployment) is not registered.', 403);

    const state = newToken();
    const browserToken = newToken();
    const nonce = newToken();
    const storageTarget = parameter(parameters, 'lti_storage_target');
    if (storageTarget && storageTarget.length > MAX_STORAGE_TARGET) throw new LtiLaunchRefused('The learning platform named a storage frame (lti_storage_target) too long to be one.');
    const launches = this.dataSource.getRepository(LtiLaunchEntity);
    // Launches a day old are done with (a deep-linking choice lasts an hour): they go as new ones begin.
    await launches.delete({ createdAt: LessThan(new Date(Date.now() - 86_400_000)) });
    await launches.insert({
      stateHash: tokenHashHex(state),
      browserHash: tokenHashHex(browserToken),
      nonce,
      platformId: platform.id,
      storageTarget,
      expiresAt: new Date(Date.now() + LOGIN_MINUTES * 60_000),
    });
    const redirect = new URL(platform.authLoginUrl);
    const query: Record<string, string> = {
      scope: 'openid',
      response_type: 'id_token',
      response_mode: 'form_post',
      prompt: 'none',
      client_id: platform.clientId,
      redirect_uri: `${this.config.publicBaseUrl}/lti/launch`,
      login_hint: loginHint,
      state,
      nonce,
    };
    // Canvas needs its hint back exactly as sent.
    const messageHint = parameter(parameters, 'lti_message_hint');
    if (messageHint) query.lti_message_hint = messageHint;
    for (const [name, value] of Object.entries(query)) redirect.searchParams.set(name, value);
    const storage = storageTarget ? { target: storageTarget, origin: redirect.origin } : null;
    return { redirectUrl: redirect.toString(), state, browserToken, storage };
  }

  /** Where a launch without its cookie may find its browser binding: the platform's storage, if its login offered one. */
  async storageOf(state: unknown): Promise<PlatformStorage | null> {
    if (typeof state !== 'string' || !state) return null;
    const launch = await this.dataSource.getRepository(LtiLaunchEntity).findOne({ where: { stateHash: tokenHashHex(state) }, relations: { platform: true } });
    if (!launch?.storageTarget || launch.launchedAt) return null;
    return { target: launch.storageTarget, origin: new URL(launch.platform!.authLoginUrl).origin };
  }

  /**
   * Verifies the platform's id_token against the state this browser holds, then signs the person in:
   * found or made by (platform, sub), enrolled from the roles claim in the linked cohort.
   */
  async complete(idToken: unknown, state: unknown, browserToken: string | undefined): Promise<CompletedLaunch> {
    if (typeof idToken !== 'string' || typeof state !== 'string' || !idToken || !state) throw new LtiLaunchRefused('The launch arrived without an id_token and state.');
    const launch = await this.dataSource.getRepository(LtiLaunchEntity).findOne({ where: { stateHash: tokenHashHex(state) }, relations: { platform: true } });
    if (!launch) throw new LtiLaunchRefused('This launch is unknown here (its state was never issued). Open the tool again from your course.');
    if (!browserToken || tokenHashHex(browserToken) !== launch.browserHash) {
      throw new LtiLaunchRefused('This launch was started in another browser (its state does not match this browser). Open the tool again from your course.', 403);
    }
    if (launch.launchedAt) throw new LtiLaunchRefused('This launch was already used. Open the tool again from your course.', 403);
    if (launch.expiresAt < new Date()) throw new LtiLaunchRefused('This launch took too long and expired. Open the tool again from your course.');
    const platform = launch.platform!;
    const claims = await this.verifiedClaims(idToken, platform, launch.nonce);
    return this.transactions.run(async (manager) => {
      const used = await manager.getRepository(LtiLaunchEntity).update({ id: launch.id, launchedAt: IsNull() }, { launchedAt: new Date() });
      if (!used.affected) throw new LtiLaunchRefused('This launch was already used. Open the tool again from your course.', 403);
      const userId = await this.people.userFor(manager, platform.id, { subject: claims.subject, name: claims.name, email: claims.email });
      await manager.getRepository(LtiLaunchEntity).update(launch.id, { userId });
      const destination = await this.destination(manager, platform, launch, claims, userId);
      return { user: await manager.getRepository(UserEntity).findOneByOrFail({ id: userId }), destination };
    });
  }

  private async platformFor(issuer: string, clientId: string | null): Promise<LtiPlatformEntity> {
    const candidates = await this.dataSource.getRepository(LtiPlatformEntity).findBy(clientId ? { issuer, clientId } : { issuer });
    // Every hosted Canvas shares one issuer: without a client id, only an issuer registered once is unambiguous.
    if (candidates.length !== 1) {
      throw new LtiLaunchRefused(candidates.length ? 'Several registrations share this issuer; the platform must send client_id.' : 'This learning platform is not registered with the tool.', 403);
    }
    return candidates[0];
  }

  private async verifiedClaims(idToken: string, platform: LtiPlatformEntity, nonce: string): Promise<LaunchClaims> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(idToken, this.platformKeys.of(platform), {
        issuer: platform.issuer,
        audience: platform.clientId,
        algorithms: ['RS256'],
        maxTokenAge: TOKEN_MAX_AGE,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp', 'iat', 'nonce', 'sub'],
      }));
    } catch (error) {
      throw new LtiLaunchRefused(`The launch's id_token was refused: ${tokenProblem(error)}.`, 403);
    }
    const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if ((audiences.length > 1 || payload.azp !== undefined) && payload.azp !== platform.clientId) {
      throw new LtiLaunchRefused("The launch's id_token was refused: its authorized party (azp) is not this tool.", 403);
    }
    if (payload.nonce !== nonce) throw new LtiLaunchRefused("The launch's id_token was refused: its nonce is not the one this launch sent.", 403);
    let claims: LaunchClaims;
    try {
      claims = readLaunchClaims(payload as Record<string, unknown>);
    } catch (error) {
      if (error instanceof LaunchClaimError) throw new LtiLaunchRefused(`The launch is not a valid LTI 1.3 launch: ${error.message}.`);
      throw error;
    }
    if (!platform.deploymentIds.includes(claims.deploymentId)) throw new LtiLaunchRefused('This installation of the tool (deployment) is not registered.', 403);
    return claims;
  }

  /** Enrols from the roles claim and answers the page the launch opens. */
  private async destination(manager: EntityManager, platform: LtiPlatformEntity, launch: LtiLaunchEntity, claims: LaunchClaims, userId: string): Promise<string> {
    const link = claims.context && (await manager.getRepository(LtiContextLinkEntity).findOneBy({ platformId: platform.id, contextId: claims.context.id }));
    if (!link) {
      const course = claims.context ? `"${claims.context.title ?? claims.context.id}" (context ${claims.context.id})` : 'this course';
      throw new LtiLaunchRefused(`The course ${course} is not linked to a cohort yet. Ask your program's coordinator to link it.`, 409);
    }
    await this.rememberServices(manager, link, claims);
    const role = enrollmentRoleOf(claims.roles);
    if (role) await this.enrollments.enrollFromPlatform(manager, { cohortId: link.cohortId, userId, role }, `lti:${platform.id}`);
    if (claims.deepLinking) return this.deepLinkDestination(manager, launch, link, claims, role);
    if (!claims.journalAssignmentId) return '/home';
    const assignment = await manager.getRepository(JournalAssignmentEntity).findOneBy({ id: claims.journalAssignmentId, cohortId: link.cohortId });
    if (!assignment) throw new LtiLaunchRefused("This link's journal assignment is not one of the linked cohort's.", 404);
    if (claims.lineItemUrl && isPlatformUrl(claims.lineItemUrl)) {
      await manager.getRepository(LtiLineItemEntity).upsert({ contextLinkId: link.id, journalAssignmentId: assignment.id, url: claims.lineItemUrl }, ['contextLinkId', 'url']);
    }
    return role === EnrollmentRole.PARTICIPANT ? `/journals/${assignment.id}` : `/grading?assignment=${assignment.id}`;
  }

  private async deepLinkDestination(manager: EntityManager, launch: LtiLaunchEntity, link: LtiContextLinkEntity, claims: LaunchClaims, role: EnrollmentRole | null): Promise<string> {
    const deepLinking = claims.deepLinking!;
    if (role !== EnrollmentRole.FACULTY) throw new LtiLaunchRefused("Only the course's instructors add the tool's journal assignments.", 403);
    if (!deepLinking.acceptsResourceLinks) throw new LtiLaunchRefused('The course does not accept links to assignments here (ltiResourceLink).');
    if (!isPlatformUrl(deepLinking.returnUrl)) throw new LtiLaunchRefused('The deep-linking return URL must use HTTPS.');
    await manager.getRepository(LtiLaunchEntity).update(launch.id, {
      deepLink: { returnUrl: deepLinking.returnUrl, data: deepLinking.data, deploymentId: claims.deploymentId, contextLinkId: link.id },
    });
    return `/lti/deep-links/${launch.id}`;
  }

  /** The course's title and roster service as this launch names them. */
  private async rememberServices(manager: EntityManager, link: LtiContextLinkEntity, claims: LaunchClaims): Promise<void> {
    const membershipsUrl = claims.membershipsUrl && isPlatformUrl(claims.membershipsUrl) ? claims.membershipsUrl : link.membershipsUrl;
    const contextTitle = claims.context?.title ?? link.contextTitle;
    if (membershipsUrl !== link.membershipsUrl || contextTitle !== link.contextTitle) {
      await manager.getRepository(LtiContextLinkEntity).update(link.id, { membershipsUrl, contextTitle });
    }
  }
}

/** Why jose refused a token, in words for the page. */
function tokenProblem(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'it has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return error.reason === 'missing' ? `its ${error.claim} claim is missing` : `its ${error.claim} claim is not what this tool expects`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed || error instanceof joseErrors.JWKSNoMatchingKey) return 'its signature does not match the platform\'s keys';
  if (error instanceof joseErrors.JOSEError) return 'it is not a valid signed token';
  return "the platform's keys could not be fetched to check it";
}
