import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The relationship questions every access check and visibility filter asks, defined once in the
 * database so point checks (src/access) and list queries (domain repositories) cannot disagree;
 * and the one definition of attendance credit.
 */
export class AccessRelationships1795503148541 implements MigrationInterface {
  name = 'AccessRelationships1795503148541';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Minutes only ever count for PRESENT; other statuses were already written with 0.
    await queryRunner.query(`ALTER TABLE "attendance" ADD CONSTRAINT "chk_attendance_minutes_when_present" CHECK (status = 'PRESENT' OR minutes_attended = 0)`);
    for (const statement of RELATIONSHIP_FUNCTIONS) await queryRunner.query(statement);
    await queryRunner.query(`
      CREATE VIEW attendance_credit AS
      SELECT a.id AS attendance_id, a.user_id, a.session_id, s.cohort_id, s.kind, s.ce_eligible, s.starts_at,
             a.minutes_attended AS credited_minutes
      FROM attendance a JOIN session s ON s.id = a.session_id
      WHERE a.status = 'PRESENT' AND s.cancelled_at IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP VIEW attendance_credit');
    for (const name of [...FUNCTION_NAMES].reverse()) await queryRunner.query(`DROP FUNCTION ${name}`);
    await queryRunner.query('ALTER TABLE "attendance" DROP CONSTRAINT "chk_attendance_minutes_when_present"');
  }
}

const FUNCTION_NAMES = [
  'cohort_roles(uuid, uuid)',
  'enrolled_as(uuid, uuid, text[])',
  'facilitates_community(uuid, uuid)',
  'is_community_member(uuid, uuid)',
  'facilitates_member(uuid, uuid, uuid)',
  'in_session_audience(uuid, uuid)',
  'expected_at_session(uuid, uuid)',
  'runs_session(uuid, uuid)',
  'sees_session_as_staff(uuid, uuid, boolean)',
  'sees_session(uuid, uuid, boolean)',
  'sees_attendance(uuid, uuid, uuid, boolean)',
  'sees_community(uuid, uuid, boolean)',
];

const RELATIONSHIP_FUNCTIONS = [
  `CREATE FUNCTION cohort_roles(p_cohort uuid, p_person uuid) RETURNS text[] LANGUAGE sql STABLE AS $$
     SELECT ARRAY(SELECT e.role::text FROM enrollment e WHERE e.cohort_id = p_cohort AND e.user_id = p_person ORDER BY e.role)
   $$`,
  `CREATE FUNCTION enrolled_as(p_cohort uuid, p_person uuid, p_roles text[]) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = p_cohort AND e.user_id = p_person AND e.role::text = ANY (p_roles))
   $$`,
  `CREATE FUNCTION facilitates_community(p_community uuid, p_person uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT EXISTS (SELECT 1 FROM community_facilitator cf WHERE cf.community_id = p_community AND cf.user_id = p_person)
   $$`,
  `CREATE FUNCTION is_community_member(p_community uuid, p_person uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT EXISTS (SELECT 1 FROM community_member cm WHERE cm.community_id = p_community AND cm.user_id = p_person)
   $$`,
  // The facilitator facilitates a community of the cohort that the member belongs to.
  `CREATE FUNCTION facilitates_member(p_cohort uuid, p_member uuid, p_facilitator uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT EXISTS (SELECT 1 FROM community_member cm JOIN community_facilitator cf ON cf.community_id = cm.community_id
                    WHERE cm.cohort_id = p_cohort AND cm.user_id = p_member AND cf.user_id = p_facilitator)
   $$`,
  // Who a session is for: its invitees when it has any, else its community's members, else the whole cohort.
  `CREATE FUNCTION in_session_audience(p_session uuid, p_person uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT CASE
       WHEN EXISTS (SELECT 1 FROM session_invitee si WHERE si.session_id = s.id)
         THEN EXISTS (SELECT 1 FROM session_invitee si WHERE si.session_id = s.id AND si.user_id = p_person)
       WHEN s.community_id IS NOT NULL THEN is_community_member(s.community_id, p_person)
       ELSE TRUE
     END
     FROM session s WHERE s.id = p_session
   $$`,
  // A participant enrolled before the session began and in its audience; cancelled sessions expect nobody.
  `CREATE FUNCTION expected_at_session(p_session uuid, p_person uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT s.cancelled_at IS NULL
        AND EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = s.cohort_id AND e.user_id = p_person
                    AND e.role = 'PARTICIPANT' AND e.enrolled_at <= s.starts_at)
        AND in_session_audience(s.id, p_person)
     FROM session s WHERE s.id = p_session
   $$`,
  // A facilitator of the cohort who facilitates the session's community or, for a session of no
  // community, leads it: leading another group's meeting opens nothing of that group.
  `CREATE FUNCTION runs_session(p_session uuid, p_person uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT enrolled_as(s.cohort_id, p_person, ARRAY['FACILITATOR'])
        AND CASE WHEN s.community_id IS NULL THEN s.leader_id = p_person ELSE facilitates_community(s.community_id, p_person) END
     FROM session s WHERE s.id = p_session
   $$`,
  // Sees everything of a session (roster, attendance, notes): admins, the cohort's faculty, those who run it.
  `CREATE FUNCTION sees_session_as_staff(p_session uuid, p_viewer uuid, p_viewer_is_admin boolean) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT p_viewer_is_admin OR enrolled_as(s.cohort_id, p_viewer, ARRAY['FACULTY']) OR runs_session(s.id, p_viewer)
     FROM session s WHERE s.id = p_session
   $$`,
  // Sees that a session exists: its staff, or a participant or facilitator of the cohort it is meant for.
  `CREATE FUNCTION sees_session(p_session uuid, p_viewer uuid, p_viewer_is_admin boolean) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT sees_session_as_staff(s.id, p_viewer, p_viewer_is_admin)
        OR (enrolled_as(s.cohort_id, p_viewer, ARRAY['PARTICIPANT', 'FACILITATOR']) AND in_session_audience(s.id, p_viewer))
     FROM session s WHERE s.id = p_session
   $$`,
  // One attendance row: the attendee's own, the session's staff, and the attendee's facilitators on whole-cohort sessions.
  `CREATE FUNCTION sees_attendance(p_session uuid, p_attendee uuid, p_viewer uuid, p_viewer_is_admin boolean) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT p_attendee = p_viewer
        OR sees_session_as_staff(s.id, p_viewer, p_viewer_is_admin)
        OR (in_session_audience(s.id, p_viewer) AND facilitates_member(s.cohort_id, p_attendee, p_viewer))
     FROM session s WHERE s.id = p_session
   $$`,
  // A community and its roster: admins, the cohort's faculty, its facilitators and members.
  `CREATE FUNCTION sees_community(p_community uuid, p_viewer uuid, p_viewer_is_admin boolean) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT p_viewer_is_admin OR enrolled_as(c.cohort_id, p_viewer, ARRAY['FACULTY'])
        OR facilitates_community(c.id, p_viewer) OR is_community_member(c.id, p_viewer)
     FROM community c WHERE c.id = p_community
   $$`,
];
