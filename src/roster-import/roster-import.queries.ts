import { defineQueries } from '../database/query-set';

export const ROSTER_IMPORT_QUERIES = defineQueries('roster-import', {
  /**
   * The accounts with these addresses ($1, as stored), each with its licences (ordered as every
   * list of them is) and its enrolments in the cohort ($2).
   */
  peopleByEmail: `
    SELECT u.id AS user_id, u.email, u.full_name, u.deactivated_at IS NOT NULL AS deactivated,
           coalesce((SELECT json_agg(json_build_object('type', l.type, 'state', l.state, 'number', l.number, 'status', l.status) ORDER BY l.type, l.state)
                       FROM license l WHERE l.user_id = u.id), '[]') AS licenses,
           coalesce((SELECT json_agg(json_build_object('id', e.id, 'role', e.role, 'status', e.status, 'withdrawnOn', e.withdrawn_on))
                       FROM enrollment e WHERE e.user_id = u.id AND e.cohort_id = $2), '[]') AS enrollments
      FROM app_user u
     WHERE u.email = ANY($1::text[])
  `,
});
