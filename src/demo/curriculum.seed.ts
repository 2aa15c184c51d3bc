import { Injectable } from '@nestjs/common';
import { AttendanceStatus } from '../attendance/attendance-status';
import { AttendanceEntity } from '../attendance/attendance.entity';
import { AuditService } from '../audit/audit.service';
import { CommunityFacilitatorEntity } from '../communities/community-facilitator.entity';
import { CommunityMemberEntity } from '../communities/community-member.entity';
import { CommunityEntity } from '../communities/community.entity';
import { CourseModuleEntity } from '../curriculum/course-module.entity';
import { SessionKind } from '../curriculum/session-kind';
import { SessionEntity } from '../curriculum/session.entity';
import { DemoContext, DemoStep } from './demo-context';

const MODULE_TITLES = [
  'Foundations of IECMHC',
  'Infant and early childhood development',
  'Relationship-based consultation',
  'Reflective practice',
  'Equity, culture and implicit bias',
  'Trauma-informed consultation',
  'Working with family child care homes',
  'Social-emotional screening and referral',
  'Sustaining the consultant',
];

/** The demo's "today": attendance exists for sessions held before it. */
const RECORDED_BEFORE = new Date('2026-11-23T00:00:00Z');
const TUESDAY = 2;
const WEDNESDAY = 3;

/** The `weekday` (0 = Sunday) of the `week`-th week (1 = first) of a month, at an hour in UTC. */
function dayInMonth(year: number, month: number, weekday: number, week: number, hourUtc: number): Date {
  const first = new Date(Date.UTC(year, month, 1, hourUtc));
  const offset = (weekday - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(year, month, 1 + offset + (week - 1) * 7, hourUtc));
}

/** Months from September 2026 on, as [year, zero-based month]. */
function months(count: number, startMonth = 8): [number, number][] {
  return Array.from({ length: count }, (_, index) => [2026 + Math.floor((startMonth + index) / 12), (startMonth + index) % 12]);
}

/** Mostly present, one absence, one excused, one who left early: the kinds of rows coordinators see. */
function demoStatus(sessionIndex: number, participantIndex: number, duration: number): Pick<AttendanceEntity, 'status' | 'minutesAttended'> {
  if (sessionIndex === 1 && participantIndex === 3) return { status: AttendanceStatus.ABSENT, minutesAttended: 0 };
  if (sessionIndex === 2 && participantIndex === 7) return { status: AttendanceStatus.EXCUSED, minutesAttended: 0 };
  if (sessionIndex === 2 && participantIndex === 5) return { status: AttendanceStatus.PRESENT, minutesAttended: duration - 45 };
  return { status: AttendanceStatus.PRESENT, minutesAttended: duration };
}

/** 9 modules with a monthly faculty seminar each, two communities with 8 monthly meetings, attendance so far. */
@Injectable()
export class CurriculumSeed implements DemoStep {
  constructor(private readonly audit: AuditService) {}

  async seed(context: DemoContext): Promise<void> {
    const { manager, cohort, faculty, facilitators, participants } = context;
    const modules = await manager.getRepository(CourseModuleEntity).save(
      MODULE_TITLES.map((title, index) => ({ cohortId: cohort.id, title, position: index + 1, description: null })),
    );
    const sessions = manager.getRepository(SessionEntity);
    const seminars = await sessions.save(
      months(9).map(([year, month], index) => ({
        cohortId: cohort.id,
        moduleId: modules[index].id,
        kind: SessionKind.FACULTY_SEMINAR,
        title: `Faculty seminar ${index + 1}: ${MODULE_TITLES[index]}`,
        startsAt: dayInMonth(year, month, TUESDAY, 1, 17),
        durationMinutes: 150,
        ceEligible: true,
        leaderId: faculty[index % faculty.length].id,
      })),
    );
    const groups = [participants.slice(0, 6), participants.slice(6, 12)];
    const attendance: Partial<AttendanceEntity>[] = [];
    const recordHeld = (held: SessionEntity[], people: typeof participants) =>
      held
        .filter((session) => session.startsAt < RECORDED_BEFORE)
        .forEach((session, sessionIndex) =>
          people.forEach((person, participantIndex) =>
            attendance.push({ sessionId: session.id, userId: person.id, ...demoStatus(sessionIndex, participantIndex, session.durationMinutes) }),
          ),
        );
    recordHeld(seminars, participants);

    for (const [index, members] of groups.entries()) {
      const facilitator = facilitators[index];
      const community = await manager.getRepository(CommunityEntity).save({ cohortId: cohort.id, name: `Community of practice ${index === 0 ? 'North' : 'South'}` });
      await manager.getRepository(CommunityFacilitatorEntity).insert({ communityId: community.id, userId: facilitator.id });
      await manager.getRepository(CommunityMemberEntity).insert(members.map((member) => ({ communityId: community.id, userId: member.id, cohortId: cohort.id })));
      const meetings = await sessions.save(
        months(8, 9).map(([year, month], meeting) => ({
          cohortId: cohort.id,
          communityId: community.id,
          kind: SessionKind.COMMUNITY_OF_PRACTICE,
          title: `${community.name}, meeting ${meeting + 1}`,
          startsAt: dayInMonth(year, month, WEDNESDAY + index, 3, 19),
          durationMinutes: 60,
          ceEligible: false,
          leaderId: facilitator.id,
        })),
      );
      recordHeld(meetings, members);
    }

    const saved = await manager.getRepository(AttendanceEntity).save(attendance);
    await this.audit.recordMany(
      manager,
      saved.map((row) => ({
        actorId: null,
        action: 'attendance.recorded',
        entityType: 'attendance',
        entityId: row.id,
        cohortId: cohort.id,
        after: { status: row.status, minutesAttended: row.minutesAttended },
      })),
    );
  }
}
