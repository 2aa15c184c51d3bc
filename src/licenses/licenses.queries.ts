import { defineQueries } from '../database/query-set';

const LICENSE_JSON = `json_build_object('type', l.type, 'state', l.state, 'number', l.number, 'status', l.status) ORDER BY l.type, l.state`;

export const LICENSES_QUERIES = defineQueries('licenses', {
  /** Locks the person ($1) until the transaction ends, so replacements of their licences follow one another; no row when there is none. */
  lockPerson: `
    SELECT u.id FROM app_user u WHERE u.id = $1 FOR UPDATE
  `,
  /** The person's ($1) licences as JSON, in the order every list of them keeps. */
  licensesOf: `
    SELECT coalesce(json_agg(${LICENSE_JSON}), '[]') AS licenses FROM license l WHERE l.user_id = $1
  `,
  /** Removes the person's ($1) licences other than those of the listed types ($2) and states ($3), pairwise. */
  removeLicensesNotListed: `
    DELETE FROM license l
     WHERE l.user_id = $1
       AND (l.type, l.state) NOT IN (SELECT t.type, t.state FROM unnest($2::text[], $3::text[]) AS t(type, state))
  `,
  /** Adds the listed licences ($2 types, $3 states, $4 numbers, $5 statuses) to the person ($1), updating those already held. */
  upsertLicenses: `
    INSERT INTO license (user_id, type, state, number, status)
    SELECT $1, t.type, t.state, t.number, t.status::license_status
      FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) AS t(type, state, number, status)
        ON CONFLICT (user_id, type, state) DO UPDATE SET number = EXCLUDED.number, status = EXCLUDED.status, updated_at = now()
     WHERE (license.number, license.status) IS DISTINCT FROM (EXCLUDED.number, EXCLUDED.status)
  `,
  /**
   * For each person ($2), how the viewer ($1) stands to them and their licences, in one statement
   * for a whole response; the access layer decides from the relationships what is shown.
   */
  licensesOfPeople: `
    SELECT p.id AS user_id,
           p.id = $1 AS self,
           teaches_person(p.id, $1) AS teaches_person,
           coalesce((SELECT json_agg(${LICENSE_JSON}) FROM license l WHERE l.user_id = p.id), '[]') AS licenses
      FROM unnest($2::uuid[]) AS p(id)
  `,
});
