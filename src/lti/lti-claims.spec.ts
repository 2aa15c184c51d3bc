import { CLAIM, courseRoleOf, LaunchClaimError, readLaunchClaims } from './lti-claims';

const MEMBERSHIP = 'http://purl.imsglobal.org/vocab/lis/v2/membership';

describe('courseRoleOf', () => {
  it.each([
    [[`${MEMBERSHIP}#Learner`], 'Learner'],
    [[`${MEMBERSHIP}#Instructor`], 'Instructor'],
    [[`${MEMBERSHIP}#TeachingAssistant`], 'TeachingAssistant'],
    // A teaching assistant as Instructor's sub-role is still a facilitator.
    [[`${MEMBERSHIP}#Instructor`, `${MEMBERSHIP}/Instructor#TeachingAssistant`], 'TeachingAssistant'],
    [['http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor', `${MEMBERSHIP}#Learner`], 'Learner'],
    [['http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator'], null],
    [[], null],
  ])('%j → %s', (roles, role) => {
    expect(courseRoleOf(roles)).toBe(role);
  });
});

describe('readLaunchClaims', () => {
  const launch = {
    sub: 'canvas-19',
    name: 'Lena Marquez',
    email: 'lena@lms.example',
    [CLAIM.messageType]: 'LtiResourceLinkRequest',
    [CLAIM.version]: '1.3.0',
    [CLAIM.deploymentId]: '42:abc',
    [CLAIM.roles]: [`${MEMBERSHIP}#Learner`],
    [CLAIM.context]: { id: 'course-1', title: 'Consultant Training' },
    [CLAIM.custom]: { journal_assignment_id: '0b7b2c4e-5a55-4d1c-9d7e-3f8c2a1e9b10' },
    [CLAIM.ags]: { lineitem: 'https://lms.example/line_items/7?type=journal' },
    [CLAIM.nrps]: { context_memberships_url: 'https://lms.example/names_and_roles' },
  };

  it('reads who launched, from which course, for which assignment, and the services it names', () => {
    expect(readLaunchClaims(launch)).toEqual({
      messageType: 'LtiResourceLinkRequest',
      subject: 'canvas-19',
      deploymentId: '42:abc',
      name: 'Lena Marquez',
      email: 'lena@lms.example',
      roles: [`${MEMBERSHIP}#Learner`],
      context: { id: 'course-1', title: 'Consultant Training' },
      journalAssignmentId: '0b7b2c4e-5a55-4d1c-9d7e-3f8c2a1e9b10',
      lineItemUrl: 'https://lms.example/line_items/7?type=journal',
      membershipsUrl: 'https://lms.example/names_and_roles',
      deepLinking: null,
    });
  });

  it('names a person from given and family names when there is no name', () => {
    expect(readLaunchClaims({ ...launch, name: undefined, given_name: 'Lena', family_name: 'Marquez' }).name).toBe('Lena Marquez');
  });

  it('reads a deep-linking request’s return URL and data', () => {
    const request = {
      ...launch,
      [CLAIM.messageType]: 'LtiDeepLinkingRequest',
      [CLAIM.deepLinkingSettings]: { deep_link_return_url: 'https://lms.example/deep_linking_response', accept_types: ['ltiResourceLink'], data: 'opaque' },
    };
    expect(readLaunchClaims(request).deepLinking).toEqual({ returnUrl: 'https://lms.example/deep_linking_response', data: 'opaque', acceptsResourceLinks: true });
  });

  it.each([
    [{ [CLAIM.messageType]: 'LtiSubmissionReviewRequest' }, 'unsupported message type "LtiSubmissionReviewRequest"'],
    [{ [CLAIM.version]: '1.1' }, 'unsupported LTI version "1.1"'],
    [{ sub: undefined }, 'an anonymous launch (no sub)'],
    [{ [CLAIM.deploymentId]: '' }, 'no deployment_id'],
    [{ [CLAIM.roles]: 'Learner' }, 'no roles claim'],
    [{ [CLAIM.messageType]: 'LtiDeepLinkingRequest' }, 'a deep-linking request without deep_link_return_url'],
  ])('refuses %j: %s', (changes, reason) => {
    expect(() => readLaunchClaims({ ...launch, ...changes })).toThrow(new LaunchClaimError(reason));
  });
});
