import { createHash, randomBytes } from 'node:crypto';
import { givenUser, PASSWORD, uniqueEmail } from '../support/factories';
import { ADMIN_PASSWORD } from '../support/test-app';
import { AuthzCaseSet, AuthzWorld, EVERYONE, refuseAs, SIGNED_IN } from './matrix';

const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`;

/** A fresh person with a valid password-reset link, written straight to the database: its token. */
async function givenResetLink(world: AuthzWorld): Promise<string> {
  const person = await givenUser(world.app, world.admin);
  const token = randomBytes(32).toString('base64url');
  await world.app.db.query(
    `INSERT INTO one_time_token (user_id, purpose, token_hash, expires_at) VALUES ($1, 'PASSWORD_RESET', $2, now() + interval '1 hour')`,
    [person.id, createHash('sha256').update(token).digest()],
  );
  return token;
}

const set: AuthzCaseSet = {
  cases: [
    { operation: 'users', adminOnly: true, request: () => ({ query: `{ users { totalCount nodes { id } } }` }) },
    {
      operation: 'updateUser',
      label: 'own name',
      allowed: SIGNED_IN,
      request: (world, actor) => ({
        query: UPDATE_USER,
        // Whoever asks names themself (keeping their name); anonymous names world.participant.
        variables: { input: { userId: actor === 'anonymous' ? world.participant.id : world[actor].id, fullName: actor === 'anonymous' ? 'Anonymous' : world[actor].fullName } },
      }),
    },
    {
      operation: 'updateUser',
      label: "world.participant's name",
      allowed: ['participant', 'admin'],
      refusals: refuseAs(
        ['peerParticipant', 'faculty', 'facilitator', 'otherFacilitator'],
        'NOT_FOUND',
        'a person belongs to no cohort: only they themself and admins are related to them in an access check',
      ),
      request: (world) => ({ query: UPDATE_USER, variables: { input: { userId: world.participant.id, fullName: world.participant.fullName } } }),
    },
    {
      operation: 'inviteUser',
      adminOnly: true,
      request: () => ({ query: `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id } }`, variables: { input: { email: uniqueEmail('invited'), fullName: 'Matrix Invitee' } } }),
    },
    {
      operation: 'requestPasswordReset',
      allowed: EVERYONE,
      request: (world) => ({ query: `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`, variables: { input: { email: world.participant.email } } }),
    },
    {
      operation: 'resetPassword',
      allowed: EVERYONE,
      request: async (world) => ({
        query: `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { accessToken } }`,
        variables: { input: { token: await givenResetLink(world), newPassword: PASSWORD } },
      }),
    },
    {
      operation: 'changePassword',
      allowed: SIGNED_IN,
      revokesCallerToken: true,
      request: (_world, actor) => {
        const password = actor === 'admin' ? ADMIN_PASSWORD : PASSWORD;
        return { query: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, variables: { input: { currentPassword: password, newPassword: password } } };
      },
    },
    { operation: 'signOut', allowed: SIGNED_IN, revokesCallerToken: true, request: () => ({ query: `mutation { signOut }` }) },
    {
      operation: 'deactivateUser',
      adminOnly: true,
      request: async (world) => ({ query: `mutation($id: ID!) { deactivateUser(userId: $id) { id } }`, variables: { id: (await givenUser(world.app, world.admin)).id } }),
    },
    {
      operation: 'reactivateUser',
      adminOnly: true,
      request: async (world) => ({ query: `mutation($id: ID!) { reactivateUser(userId: $id) { id } }`, variables: { id: (await givenUser(world.app, world.admin)).id } }),
    },
  ],
};

export default set;
