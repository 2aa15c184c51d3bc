import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import { CompletionRequirementEntity } from '../completion/completion-requirement.entity';
import { RequirementKind } from '../completion/requirement-kind';
import { SessionKind } from '../curriculum/session-kind';
import { SessionEntity } from '../curriculum/session.entity';
import { CohortEntity } from '../programs/cohort.entity';
import { ProgramEntity } from '../programs/program.entity';
import { bostonSeries, seriesSessions } from './boston-sessions';
import { heldAttendance, saveAttendance } from './demo-attendance';
import { DemoContext, DemoStep } from './demo-context';
import { DemoName, enrollDemoRoster } from './demo-people';

const FACULTY: DemoName[] = [['Dr. Adaeze Nwosu', ['PhD']], ['Dr. Luis Carrasco', ['PsyD']]];
/** The Circle of Security facilitator first, then the two reflective supervisors. */
const FACILITATORS: DemoName[] = [['Yolanda Baptiste', ['LICSW']], ['Keisha Moreland', ['LMHC']], ['Rafael Ocampo', ['LICSW']]];
const PARTICIPANTS: DemoName[] = [
  ['Amara Osei', ['LMHC']], ['Luz Cabrera', ['LICSW']], ['Thanh Nguyen', []], ['Jasmine Holloway', ['LMHC']],
  ['Dario Fuentes', ['LCSW']], ['Nia Robinson', []], ['Fatima Diallo', ['LICSW']], ['Kenji Morales', ['MEd']],
];

/** The requirements as the course states them; sessionKinds sorted, as the service stores them. */
const REQUIREMENTS = [
  { kind: RequirementKind.SESSION_MINUTES, sessionKinds: [SessionKind.FACULTY_SEMINAR, SessionKind.RETREAT], threshold: 1920, label: '32 hours of seminars and retreats' },
  { kind: RequirementKind.SESSIONS_ATTENDED, sessionKinds: [SessionKind.CIRCLE_OF_SECURITY], threshold: 8, label: '8 Circle of Security groups' },
  { kind: RequirementKind.SESSIONS_ATTENDED, sessionKinds: [SessionKind.REFLECTIVE_SUPERVISION], threshold: 6, label: '6 reflective supervision sessions' },
];

/**
 * A second, smaller program in another time zone, shaped like an agency's equity-focused course:
 * its own cohort, people, sessions, requirements and attendance so far.
 */
@Injectable()
export class BostonCourseSeed implements DemoStep {
  constructor(private readonly audit: AuditService) {}

  async seed({ manager, passwordHash }: DemoContext): Promise<void> {
    const program = await manager.getRepository(ProgramEntity).save({
      name: 'Equity-Focused IECMHC Consultant Course',
      description:
        'Ten-month course for early childhood mental health consultants of color at a Boston-area agency: weekly two-hour ' +
        'sessions from September to June, two retreats, Circle of Security groups and reflective supervision.',
      timeZone: 'America/New_York',
    });
    const cohort = await manager.getRepository(CohortEntity).save({
      programId: program.id, name: 'Cohort 2026-27', startsOn: '2026-09-09', endsOn: '2027-06-16', capacity: 12, timeZone: program.timeZone,
    });
    const roster = await enrollDemoRoster(
      manager, cohort, passwordHash, { faculty: FACULTY, facilitators: FACILITATORS, participants: PARTICIPANTS }, new Date('2026-08-20T14:00:00Z'),
    );
    const sessions = manager.getRepository(SessionEntity);
    const attendance = [];
    for (const series of bostonSeries(roster)) {
      const saved = await sessions.save(seriesSessions(cohort, series));
      // The optional training is expected of nobody, so nobody's attendance is recorded for it.
      if (!series.optional) attendance.push(...heldAttendance(saved, roster.participants));
    }
    await saveAttendance(manager, this.audit, cohort.id, attendance);
    await manager.getRepository(CompletionRequirementEntity).insert(REQUIREMENTS.map((requirement) => ({ ...requirement, cohortId: cohort.id })));
  }
}
