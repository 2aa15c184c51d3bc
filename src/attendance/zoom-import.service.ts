import { Injectable } from '@nestjs/common';
import { target } from '../access/access-target';
import { Access } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuthUser } from '../auth/auth-user';
import { User } from '../auth/user.model';
import { CurriculumRepository } from '../curriculum/curriculum.repository';
import { badInput } from '../errors/domain-errors';
import { ProgramsRepository } from '../programs/programs.repository';
import { AttendanceStatus } from './attendance-status';
import { AttendanceRepository, ExpectedAttendee } from './attendance.repository';
import { ProposeZoomAttendanceInput } from './zoom-import.inputs';
import { AttendanceMatch, AttendanceProposal } from './zoom-import.models';
import { proposeAttendance, ZoomProposal } from './zoom-proposal';
import { parseZoomReport } from './zoom-report';

/** Reads Zoom participant reports into attendance proposals for a session's staff; writes nothing. */
@Injectable()
export class ZoomImportService {
  constructor(
    private readonly access: Access,
    private readonly attendance: AttendanceRepository,
    private readonly sessions: CurriculumRepository,
    private readonly programs: ProgramsRepository,
  ) {}

  /**
   * Each person of the report matched to those expected at the session, with the minutes and status
   * it would record; a report of another day, or one that is not Zoom's, is refused naming `csv`.
   */
  async propose(user: AuthUser, input: ProposeZoomAttendanceInput): Promise<AttendanceProposal[]> {
    await this.access.require(user, Permission.SESSION_RUN, target.session(input.sessionId));
    const [session] = await this.sessions.sessionsByIds([input.sessionId]);
    if (session.cancelledAt) throw badInput('sessionId', 'the session was cancelled');
    if (session.startsAt.getTime() > Date.now()) throw badInput('sessionId', 'the session has not started yet');
    const parsed = parseZoomReport(input.csv);
    if ('problem' in parsed) throw badInput('csv', parsed.problem);
    const [cohort] = await this.programs.cohortsByIds([session.cohortId]);
    const people = await this.attendance.expectedPeople(session.id);
    const window = {
      startsAt: session.startsAt,
      durationMinutes: session.durationMinutes,
      timeZone: cohort.timeZone,
      minimumPercent: input.minimumPercent ?? cohort.minimumAttendancePercent,
    };
    const outcome = proposeAttendance(parsed.report, window, people);
    if ('problem' in outcome) throw badInput('csv', outcome.problem);
    const users = new Map(people.map((person) => [person.id, userOf(person)]));
    return outcome.proposals.map((proposal) => proposalModel(proposal, users));
  }
}

/** With the e-mail address, as the cohort's enrolments show it to its staff: two people of one name are told apart by it. */
function userOf(person: ExpectedAttendee): User {
  return Object.assign(new User(), { id: person.id, email: person.email, fullName: person.fullName, isAdmin: person.isAdmin, credentials: person.credentials, deactivatedAt: null });
}

function proposalModel({ personId, candidateIds, match, status, ...fields }: ZoomProposal, users: Map<string, User>): AttendanceProposal {
  return {
    ...fields,
    match: AttendanceMatch[match],
    status: AttendanceStatus[status],
    user: personId ? users.get(personId)! : null,
    candidates: candidateIds.map((id) => users.get(id)!),
  };
}
