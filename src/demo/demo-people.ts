import { EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password-hasher';
import { UserEntity } from '../auth/user.entity';
import { CohortEntity } from '../programs/cohort.entity';
import { EnrollmentRole } from '../programs/enrollment-role';
import { EnrollmentEntity } from '../programs/enrollment.entity';
import { ProgramEntity } from '../programs/program.entity';
import { DEMO_EMAIL_DOMAIN, DemoContext } from './demo-context';

/** A full name and its display credentials. */
export type DemoName = [fullName: string, credentials: string[]];

export interface DemoRoster {
  faculty: UserEntity[];
  facilitators: UserEntity[];
  participants: UserEntity[];
}

const FACULTY: DemoName[] = [['Dr. Renata Alvarez', ['PhD']], ['Dr. Samuel Okafor', ['PhD']]];
const FACILITATORS: DemoName[] = [['Mei Lin Tran', ['LMFT']], ['Jordan Whitfield', ['LMFT']]];
const PARTICIPANTS: DemoName[] = [
  ['Ana Beltran', ['LCSW']], ['Marcus Reed', ['LMFT']], ['Priya Natarajan', []], ['Lucia Romero', ['LPCC']],
  ['Devon Carter', ['LCSW']], ['Hana Yoshida', []], ['Grace Mensah', ['LMFT']], ['Tomas Herrera', ['ASW']],
  ['Nadia Farouk', []], ['Elena Petrova', ['LCSW']], ['Kofi Asante', ['PsyD']], ['Sofia Marin', []],
];

function email(fullName: string): string {
  const local = fullName.replace(/^Dr\. /, '').toLowerCase().replace(/[^a-z]+/g, '.');
  return `${local}@${DEMO_EMAIL_DOMAIN}`;
}

/** A demo account (first.last@ the demo domain) signing in with the demo password. */
export function saveDemoAccount(manager: EntityManager, passwordHash: string, [fullName, credentials]: DemoName, isAdmin = false): Promise<UserEntity> {
  const users = manager.getRepository(UserEntity);
  return users.save(users.create({ email: email(fullName), fullName, passwordHash, credentials, isAdmin }));
}

/** Accounts for a cohort's staff and participants, enrolled with their roles on `enrolledAt`. */
export async function enrollDemoRoster(
  manager: EntityManager,
  cohort: CohortEntity,
  passwordHash: string,
  names: Record<keyof DemoRoster, DemoName[]>,
  enrolledAt: Date,
): Promise<DemoRoster> {
  const saveAll = async (list: DemoName[]) => {
    const saved = [];
    for (const name of list) saved.push(await saveDemoAccount(manager, passwordHash, name));
    return saved;
  };
  const roster = { faculty: await saveAll(names.faculty), facilitators: await saveAll(names.facilitators), participants: await saveAll(names.participants) };
  const enroll = (role: EnrollmentRole) => (user: UserEntity) => ({ cohortId: cohort.id, userId: user.id, role, enrolledAt });
  await manager.getRepository(EnrollmentEntity).insert([
    ...roster.faculty.map(enroll(EnrollmentRole.FACULTY)),
    ...roster.facilitators.map(enroll(EnrollmentRole.FACILITATOR)),
    ...roster.participants.map(enroll(EnrollmentRole.PARTICIPANT)),
  ]);
  return roster;
}

/** The statewide program, its 2026-27 cohort, a coordinator, staff and 12 participants, all signing in with `password`. */
export async function seedPeopleAndCohort(manager: EntityManager, password: string): Promise<DemoContext> {
  const passwordHash = await hashPassword(password);
  const program = await manager.getRepository(ProgramEntity).save({
    name: 'Statewide IECMHC Consultant Training',
    description: 'Nine-month, cohort-based training for infant and early childhood mental health consultants.',
    timeZone: 'America/Los_Angeles',
  });
  const cohort = await manager.getRepository(CohortEntity).save({
    programId: program.id, name: 'Cohort 2026-27', startsOn: '2026-09-01', endsOn: '2027-06-30', capacity: 40, timeZone: program.timeZone,
  });
  const coordinator = await saveDemoAccount(manager, passwordHash, ['Casey Coordinator', []], true);
  const roster = await enrollDemoRoster(
    manager, cohort, passwordHash, { faculty: FACULTY, facilitators: FACILITATORS, participants: PARTICIPANTS }, new Date('2026-08-15T16:00:00Z'),
  );
  return { manager, cohort, coordinator, ...roster, passwordHash };
}
