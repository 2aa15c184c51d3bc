import { Injectable } from '@nestjs/common';
import { AttendanceEntity } from '../attendance/attendance.entity';
import { AuditService } from '../audit/audit.service';
import { CommunityFacilitatorEntity } from '../communities/community-facilitator.entity';
import { CommunityMemberEntity } from '../communities/community-member.entity';
import { CommunityEntity } from '../communities/community.entity';
import { CourseModuleEntity } from '../curriculum/course-module.entity';
import { Modality } from '../curriculum/modality';
import { SessionKind } from '../curriculum/session-kind';
import { SessionEntity } from '../curriculum/session.entity';
import { heldAttendance, saveAttendance } from './demo-attendance';
import { dayInMonth, localInstant } from './demo-calendar';
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

const TUESDAY = 2;
const WEDNESDAY = 3;
const MEET = 'https://meet.example.org/statewide';

/** Months from September 2026 on, as [year, zero-based month]. */
function months(count: number, startMonth = 8): [number, number][] {
  return Array.from({ length: count }, (_, index) => [2026 + Math.floor((startMonth + index) / 12), (startMonth + index) % 12]);
}

/** 9 modules with a monthly faculty seminar each, two communities with 8 monthly meetings, attendance so far; all online, in the cohort's local time. */
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
        startsAt: localInstant(dayInMonth(year, month, TUESDAY, 1), '09:00', cohort.timeZone),
        durationMinutes: 150,
        ceEligible: true,
        modality: Modality.ONLINE,
        joinUrl: `${MEET}/faculty-seminar`,
        leaderId: faculty[index % faculty.length].id,
      })),
    );
    const groups = [participants.slice(0, 6), participants.slice(6, 12)];
    const attendance: Partial<AttendanceEntity>[] = heldAttendance(seminars, participants);

    for (const [index, members] of groups.entries()) {
      const facilitator = facilitators[index];
      const region = index === 0 ? 'North' : 'South';
      const community = await manager.getRepository(CommunityEntity).save({ cohortId: cohort.id, name: `Community of practice ${region}` });
      await manager.getRepository(CommunityFacilitatorEntity).insert({ communityId: community.id, userId: facilitator.id });
      await manager.getRepository(CommunityMemberEntity).insert(members.map((member) => ({ communityId: community.id, userId: member.id, cohortId: cohort.id })));
      const meetings = await sessions.save(
        months(8, 9).map(([year, month], meeting) => ({
          cohortId: cohort.id,
          communityId: community.id,
          kind: SessionKind.COMMUNITY_OF_PRACTICE,
          title: `${community.name}, meeting ${meeting + 1}`,
          startsAt: localInstant(dayInMonth(year, month, WEDNESDAY + index, 3), '12:00', cohort.timeZone),
          durationMinutes: 60,
          ceEligible: false,
          modality: Modality.ONLINE,
          joinUrl: `${MEET}/community-${region.toLowerCase()}`,
          leaderId: facilitator.id,
        })),
      );
      attendance.push(...heldAttendance(meetings, members));
    }
    await saveAttendance(manager, this.audit, cohort.id, attendance);
  }
}
