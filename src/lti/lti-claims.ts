/** Kept free of framework imports so the pure rules (and their unit tests) can use them. */
import { personName } from './platform-names';

const LTI = 'https://purl.imsglobal.org/spec/lti/claim/';

/** The claim names of LTI 1.3 and its services, as they appear in an id_token. */
export const CLAIM = {
  messageType: `${LTI}message_type`,
  version: `${LTI}version`,
  deploymentId: `${LTI}deployment_id`,
  targetLinkUri: `${LTI}target_link_uri`,
  resourceLink: `${LTI}resource_link`,
  roles: `${LTI}roles`,
  context: `${LTI}context`,
  custom: `${LTI}custom`,
  ags: 'https://purl.imsglobal.org/spec/lti-ags/claim/endpoint',
  nrps: 'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice',
  deepLinkingSettings: 'https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings',
  deepLinkingData: 'https://purl.imsglobal.org/spec/lti-dl/claim/data',
  contentItems: 'https://purl.imsglobal.org/spec/lti-dl/claim/content_items',
} as const;

export const SCOPE = {
  lineItem: 'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  resultReadonly: 'https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly',
  score: 'https://purl.imsglobal.org/spec/lti-ags/scope/score',
  memberships: 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
} as const;

export type LtiMessageType = 'LtiResourceLinkRequest' | 'LtiDeepLinkingRequest';

/** The custom parameter a deep-linked resource link carries. */
export const JOURNAL_ASSIGNMENT_PARAMETER = 'journal_assignment_id';

const MEMBERSHIP = 'http://purl.imsglobal.org/vocab/lis/v2/membership';

/** The course roles the tool enrols: each maps to an enrolment role (lti-enrollment.ts). */
export type CourseRole = 'Learner' | 'Instructor' | 'TeachingAssistant';

/**
 * The course role that decides enrolment: a teaching assistant (a role of its own, or a sub-role of
 * Instructor) before an instructor before a learner; other roles (administrators, observers) none.
 */
export function courseRoleOf(roles: readonly string[]): CourseRole | null {
  const has = (suffix: string) => roles.some((role) => role === `${MEMBERSHIP}${suffix}`);
  if (has('#TeachingAssistant') || has('/Instructor#TeachingAssistant')) return 'TeachingAssistant';
  if (has('#Instructor')) return 'Instructor';
  if (has('#Learner')) return 'Learner';
  return null;
}

/** What a verified launch says, in the tool's terms. */
export interface LaunchClaims {
  messageType: LtiMessageType;
  subject: string;
  deploymentId: string;
  name: string;
  email: string | null;
  roles: string[];
  context: { id: string; title: string | null } | null;
  journalAssignmentId: string | null;
  lineItemUrl: string | null;
  membershipsUrl: string | null;
  deepLinking: { returnUrl: string; data: string | null; acceptsResourceLinks: boolean } | null;
}

type Claims = Record<string, unknown>;

const isRecord = (value: unknown): value is Claims => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** Raised when a verified token still does not make an LTI 1.3 launch; the message says what is wrong. */
export class LaunchClaimError extends Error {}

function messageTypeOf(payload: Claims): LtiMessageType {
  const type = payload[CLAIM.messageType];
  if (type !== 'LtiResourceLinkRequest' && type !== 'LtiDeepLinkingRequest') throw new LaunchClaimError(`unsupported message type ${JSON.stringify(type ?? null)}`);
  return type;
}

function deepLinkingOf(payload: Claims): LaunchClaims['deepLinking'] {
  const settings = payload[CLAIM.deepLinkingSettings];
  if (!isRecord(settings) || !text(settings.deep_link_return_url)) throw new LaunchClaimError('a deep-linking request without deep_link_return_url');
  const types = Array.isArray(settings.accept_types) ? settings.accept_types : [];
  return { returnUrl: text(settings.deep_link_return_url)!, data: text(settings.data), acceptsResourceLinks: types.includes('ltiResourceLink') };
}

/** Reads an LTI 1.3 launch's claims (the signature, issuer, audience and times already checked). */
export function readLaunchClaims(payload: Claims): LaunchClaims {
  const messageType = messageTypeOf(payload);
  if (payload[CLAIM.version] !== '1.3.0') throw new LaunchClaimError(`unsupported LTI version ${JSON.stringify(payload[CLAIM.version] ?? null)}`);
  const subject = text(payload.sub);
  if (!subject) throw new LaunchClaimError('an anonymous launch (no sub)');
  const deploymentId = text(payload[CLAIM.deploymentId]);
  if (!deploymentId) throw new LaunchClaimError('no deployment_id');
  const roles = payload[CLAIM.roles];
  if (!Array.isArray(roles)) throw new LaunchClaimError('no roles claim');
  const context = payload[CLAIM.context];
  const custom = payload[CLAIM.custom];
  const ags = payload[CLAIM.ags];
  const nrps = payload[CLAIM.nrps];
  return {
    messageType,
    subject,
    deploymentId,
    name: personName(payload),
    email: text(payload.email),
    roles: roles.filter((role): role is string => typeof role === 'string'),
    context: isRecord(context) && text(context.id) ? { id: text(context.id)!, title: text(context.title) } : null,
    journalAssignmentId: isRecord(custom) ? text(custom[JOURNAL_ASSIGNMENT_PARAMETER]) : null,
    lineItemUrl: isRecord(ags) ? text(ags.lineitem) : null,
    membershipsUrl: isRecord(nrps) ? text(nrps.context_memberships_url) : null,
    deepLinking: messageType === 'LtiDeepLinkingRequest' ? deepLinkingOf(payload) : null,
  };
}
