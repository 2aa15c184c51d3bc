import { EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password-hasher';
import { UserEntity } from '../auth/user.entity';
import { CohortEntity } from '../programs/cohort.entity';
import { EnrollmentRole } from '../programs/enrollment-role';
import { EnrollmentEntity } from '../programs/enrollment.entity';
import { ProgramEntity } from '../programs/program.entity';
import { DEMO_EMAIL_DOMAIN, DemoContext } from './demo-context';

const FACULTY = ['Dr. Renata Alvarez', 'Dr. Samuel Okafor'];
const FACILITATORS = ['Mei Lin Tran', 'Jordan Whitfield'];
const PARTICIPANTS = [
  'Ana Beltran', 'Marcus Reed', 'Priya Natarajan', 'Lucia Romero', 'Devon Carter', 'Hana Yoshida',
  'Grace Mensah', 'Tomas Herrera', 'Nadia Farouk', 'Elena Petrova', 'Kofi Asante', 'Sofia Marin',
];
const PARTICIPANT_CREDENTIALS = [['LCSW'], ['LMFT'], [], ['LPCC'], ['LCSW'], [], ['LMFT'], ['ASW'], [], ['LCSW'], ['PsyD'], []];

function email(fullName: string): string {
  const local = fullName.replace(/^Dr\. /, '').toLowerCase().replace(/[^a-z]+/g, '.');
  return `${local}@${DEMO_EMAIL_DOMAIN}`;
}

/** The statewide program, its 2026-27 cohort, a coordinator, staff and 12 participants, all signing in with `password`. */
export async function seedPeopleAndCohort(manager: EntityManager, password: string): Promise<DemoContext> {
  const passwordHash = await hashPassword(password);
  const users = manager.getRepository(UserEntity);
  const person = (fullName: string, credentials: string[] = [], isAdmin = false) =>
    users.save(users.create({ email: email(fullName), fullName, passwordHash, credentials, isAdmin }));

  const program = await manager.getRepository(ProgramEntity).save({
    name: 'Statewide IECMHC Consultant Training',
    description: 'Nine-month, cohort-based training for infant and early childhood mental health consultants.',
  });
  const cohort = await manager.getRepository(CohortEntity).save({
    programId: program.id, name: 'Cohort 2026-27', startsOn: '2026-09-01', endsOn: '2027-06-30', capacity: 40,
  });
  const coordinator = await person('Casey Coordinator', [], true);
  const faculty = [];
  for (const name of FACULTY) faculty.push(await person(name, ['PhD']));
  const facilitators = [];
  for (const name of FACILITATORS) facilitators.push(await person(name, ['LMFT']));
  const participants = [];
  for (const [index, name] of PARTICIPANTS.entries()) participants.push(await person(name, PARTICIPANT_CREDENTIALS[index]));

  const enrolledAt = new Date('2026-08-15T16:00:00Z');
  const enroll = (user: UserEntity, role: EnrollmentRole) => ({ cohortId: cohort.id, userId: user.id, role, enrolledAt });
  await manager.getRepository(EnrollmentEntity).insert([
    ...faculty.map((user) => enroll(user, EnrollmentRole.FACULTY)),
    ...facilitators.map((user) => enroll(user, EnrollmentRole.FACILITATOR)),
    ...participants.map((user) => enroll(user, EnrollmentRole.PARTICIPANT)),
  ]);
  return { manager, cohort, coordinator, faculty, facilitators, participants };
}
