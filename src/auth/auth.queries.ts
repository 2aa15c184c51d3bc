import { defineQueries } from '../database/query-set';

export const AUTH_QUERIES = defineQueries('auth', {
  /** What every signed-in request needs of its person ($1): who, and whether the token still stands. */
  signedInUser: `
    SELECT u.id, u.email, u.full_name AS "fullName", u.is_admin AS "isAdmin", u.token_version AS "tokenVersion",
           u.deactivated_at AS "deactivatedAt"
      FROM app_user u
     WHERE u.id = $1
  `,
  /**
   * One page of people matching the search pattern ($1, an ILIKE pattern; null for everyone), by
   * name then id, after the cursor's name ($2) and id ($3), at most $4 of them, with the total.
   */
  usersPage: `
    WITH matching AS (
      SELECT u.id, u.email, u.full_name, u.is_admin, u.credentials, u.token_version, u.deactivated_at, u.created_at
        FROM app_user u
       WHERE $1::text IS NULL OR u.full_name ILIKE $1 OR u.email ILIKE $1
    )
    SELECT (SELECT count(*) FROM matching)::int AS total,
           coalesce((SELECT json_agg(p ORDER BY p.full_name, p.id)
                       FROM (SELECT m.* FROM matching m
                              WHERE $2::text IS NULL OR (m.full_name, m.id) > ($2::text, $3::uuid)
                              ORDER BY m.full_name, m.id
                              LIMIT $4) p), '[]') AS page
  `,
  /** A one-time link for the person ($1): purpose ($2), sha256 of the token ($3), valid for $4 seconds. */
  insertToken: `
    INSERT INTO one_time_token (user_id, purpose, token_hash, expires_at)
    VALUES ($1, $2, $3, now() + make_interval(secs => $4))
  `,
  /** Uses the link whose token hashes to $1, once and only while valid: its person, or no row. */
  useToken: `
    UPDATE one_time_token SET used_at = now()
     WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
    RETURNING user_id
  `,
  /** Every other link of the person ($1) stops working (a password was just set). */
  retireTokens: `
    UPDATE one_time_token SET used_at = now() WHERE user_id = $1 AND used_at IS NULL
  `,
  /** Revokes every access token of the person ($1) issued so far. */
  bumpTokenVersion: `
    UPDATE app_user SET token_version = token_version + 1 WHERE id = $1
  `,
});
