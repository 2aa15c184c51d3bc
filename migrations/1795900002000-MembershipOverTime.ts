import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Memberships over time. A community membership spans days (joined_on to left_on, in the cohort's
 * zone), so who is expected at a community's session follows the membership in force on its date;
 * a withdrawn participant is expected at no session from the day of the withdrawal, and may no
 * longer write (has_withdrawn, asked by the access checks).
 */
export class MembershipOverTime1795900002000 implements MigrationInterface {
  name = 'MembershipOverTime1795900002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "community_member" ADD "joined_on" date, ADD "left_on" date`);
    // Memberships so far counted from the enrolment: they begin on its day.
    await queryRunner.query(`
      UPDATE "community_member" m
         SET "joined_on" = coalesce(
               (SELECT min((e.enrolled_at AT TIME ZONE c.time_zone)::date) FROM enrollment e
                 WHERE e.cohort_id = m.cohort_id AND e.user_id = m.user_id AND e.role = 'PARTICIPANT'),
               (m.added_at AT TIME ZONE c.time_zone)::date)
        FROM cohort c WHERE c.id = m.cohort_id`);
    await queryRunner.query(`ALTER TABLE "community_member" ALTER COLUMN "joined_on" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "community_member" DROP CONSTRAINT "PK_9238d695497aa6efbfd32d59021"`);
    await queryRunner.query(`ALTER TABLE "community_member" ADD CONSTRAINT "pk_community_member" PRIMARY KEY ("community_id", "user_id", "joined_on")`);
    await queryRunner.query(`ALTER TABLE "community_member" DROP CONSTRAINT "uq_community_member_cohort_user"`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_community_member_current" ON "community_member" ("cohort_id", "user_id") WHERE "left_on" IS NULL`);
    await queryRunner.query(`ALTER TABLE "community_member" ADD CONSTRAINT "ck_community_member_dates" CHECK ("left_on" IS NULL OR "left_on" >= "joined_on")`);
    for (const statement of FUNCTIONS) await queryRunner.query(statement);
    await queryRunner.query(`CREATE TRIGGER community_member_joined_on BEFORE INSERT ON "community_member"
      FOR EACH ROW WHEN (NEW.joined_on IS NULL) EXECUTE FUNCTION community_member_joined_on()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER community_member_joined_on ON "community_member"`);
    await queryRunner.query(`DROP FUNCTION community_member_joined_on()`);
    for (const statement of PREVIOUS_FUNCTIONS) await queryRunner.query(statement);
    await queryRunner.query(`DROP FUNCTION has_withdrawn(uuid, uuid)`);
    await queryRunner.query(`DROP FUNCTION member_on(uuid, uuid, date)`);
    // Only the open memberships fit the old shape: one per person and cohort, without dates.
    await queryRunner.query(`DELETE FROM "community_member" WHERE "left_on" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "community_member" DROP CONSTRAINT "ck_community_member_dates"`);
    await queryRunner.query(`DROP INDEX "uq_community_member_current"`);
    await queryRunner.query(`ALTER TABLE "community_member" ADD CONSTRAINT "uq_community_member_cohort_user" UNIQUE ("cohort_id", "user_id")`);
    await queryRunner.query(`ALTER TABLE "community_member" DROP CONSTRAINT "pk_community_member"`);
    await queryRunner.query(`ALTER TABLE "community_member" ADD CONSTRAINT "PK_9238d695497aa6efbfd32d59021" PRIMARY KEY ("community_id", "user_id")`);
    await queryRunner.query(`ALTER TABLE "community_member" DROP COLUMN "left_on", DROP COLUMN "joined_on"`);
  }
}

/** The day (in its cohort's zone) a session starts on. */
const SESSION_DAY = `(s.starts_at AT TIME ZONE (SELECT c.time_zone FROM cohort c WHERE c.id = s.cohort_id))::date`;

const FUNCTIONS = [
  // A membership given no first day begins with the enrolment (the day it is added, without one).
  `CREATE FUNCTION community_member_joined_on() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     NEW.joined_on := coalesce(
       (SELECT min((e.enrolled_at AT TIME ZONE c.time_zone)::date) FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
         WHERE e.cohort_id = NEW.cohort_id AND e.user_id = NEW.user_id AND e.role = 'PARTICIPANT'),
       (SELECT (now() AT TIME ZONE c.time_zone)::date FROM cohort c WHERE c.id = NEW.cohort_id));
     RETURN NEW;
   END
   $$`,
  `CREATE FUNCTION member_on(p_community uuid, p_person uuid, p_day date) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT EXISTS (SELECT 1 FROM community_member cm WHERE cm.community_id = p_community AND cm.user_id = p_person
                    AND cm.joined_on <= p_day AND (cm.left_on IS NULL OR cm.left_on >= p_day))
   $$`,
  // The person's participation in the cohort has ended (their withdrawal has taken effect, in the cohort's zone).
  `CREATE FUNCTION has_withdrawn(p_cohort uuid, p_person uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT EXISTS (SELECT 1 FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
                    WHERE e.cohort_id = p_cohort AND e.user_id = p_person AND e.role = 'PARTICIPANT'
                      AND e.withdrawn_on <= (now() AT TIME ZONE c.time_zone)::date)
   $$`,
  // A current member (one whose membership has not ended).
  `CREATE OR REPLACE FUNCTION is_community_member(p_community uuid, p_person uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT EXISTS (SELECT 1 FROM community_member cm WHERE cm.community_id = p_community AND cm.user_id = p_person AND cm.left_on IS NULL)
   $$`,
  // The facilitator facilitates the community of the cohort that the member currently belongs to.
  `CREATE OR REPLACE FUNCTION facilitates_member(p_cohort uuid, p_member uuid, p_facilitator uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT EXISTS (SELECT 1 FROM community_member cm JOIN community_facilitator cf ON cf.community_id = cm.community_id
                    WHERE cm.cohort_id = p_cohort AND cm.user_id = p_member AND cm.left_on IS NULL AND cf.user_id = p_facilitator)
   $$`,
  // Who a session is for: its invitees when it has any, else its community's members on its date, else the whole cohort.
  `CREATE OR REPLACE FUNCTION in_session_audience(p_session uuid, p_person uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT CASE
       WHEN EXISTS (SELECT 1 FROM session_invitee si WHERE si.session_id = s.id)
         THEN EXISTS (SELECT 1 FROM session_invitee si WHERE si.session_id = s.id AND si.user_id = p_person)
       WHEN s.community_id IS NOT NULL THEN member_on(s.community_id, p_person, ${SESSION_DAY})
       ELSE TRUE
     END
     FROM session s WHERE s.id = p_session
   $$`,
  // A participant enrolled before the session began, not withdrawn by its day, and in its audience; cancelled sessions expect nobody.
  `CREATE OR REPLACE FUNCTION expected_at_session(p_session uuid, p_person uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT s.cancelled_at IS NULL
        AND EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = s.cohort_id AND e.user_id = p_person
                    AND e.role = 'PARTICIPANT' AND e.enrolled_at <= s.starts_at
                    AND (e.withdrawn_on IS NULL OR e.withdrawn_on > ${SESSION_DAY}))
        AND in_session_audience(s.id, p_person)
     FROM session s WHERE s.id = p_session
   $$`,
];

/** As migration AccessRelationships defined them. */
const PREVIOUS_FUNCTIONS = [
  `CREATE OR REPLACE FUNCTION is_community_member(p_community uuid, p_person uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT EXISTS (SELECT 1 FROM community_member cm WHERE cm.community_id = p_community AND cm.user_id = p_person)
   $$`,
  `CREATE OR REPLACE FUNCTION facilitates_member(p_cohort uuid, p_member uuid, p_facilitator uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT EXISTS (SELECT 1 FROM community_member cm JOIN community_facilitator cf ON cf.community_id = cm.community_id
                    WHERE cm.cohort_id = p_cohort AND cm.user_id = p_member AND cf.user_id = p_facilitator)
   $$`,
  `CREATE OR REPLACE FUNCTION in_session_audience(p_session uuid, p_person uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT CASE
       WHEN EXISTS (SELECT 1 FROM session_invitee si WHERE si.session_id = s.id)
         THEN EXISTS (SELECT 1 FROM session_invitee si WHERE si.session_id = s.id AND si.user_id = p_person)
       WHEN s.community_id IS NOT NULL THEN is_community_member(s.community_id, p_person)
       ELSE TRUE
     END
     FROM session s WHERE s.id = p_session
   $$`,
  `CREATE OR REPLACE FUNCTION expected_at_session(p_session uuid, p_person uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
     SELECT s.cancelled_at IS NULL
        AND EXISTS (SELECT 1 FROM enrollment e WHERE e.cohort_id = s.cohort_id AND e.user_id = p_person
                    AND e.role = 'PARTICIPANT' AND e.enrolled_at <= s.starts_at)
        AND in_session_audience(s.id, p_person)
     FROM session s WHERE s.id = p_session
   $$`,
];
