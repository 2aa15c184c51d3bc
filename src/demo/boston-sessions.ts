import { Modality } from '../curriculum/modality';
import { SessionKind } from '../curriculum/session-kind';
import { SessionEntity } from '../curriculum/session.entity';
import { CohortEntity } from '../programs/cohort.entity';
import { localInstant } from './demo-calendar';
import { DemoRoster } from './demo-people';

const AGENCY = 'Fictional Family Agency, community room, Boston, MA';
const MEET = 'https://meet.example.org/equity-course';

const SEMINAR_TOPICS = [
  'Foundations of equity-focused consultation',
  'Infant and early childhood development in context',
  'Race, culture and the consultative relationship',
  'Relationship-based practice with providers',
  'Trauma, healing and resilience',
  'Observation and reflective inquiry',
  'Working with families across systems',
  'Implicit bias and decision-making',
  'Consultation in family child care',
  'Sustaining ourselves and our communities',
];

/** One kind of meeting in the course: its dates, local start time and the staff who lead it in turn. */
export interface Series {
  kind: SessionKind;
  title: (index: number) => string;
  dates: string[];
  time: string;
  durationMinutes: number;
  ceEligible: boolean;
  optional?: boolean;
  modality: Modality;
  location?: string;
  joinUrl?: string;
  leaders: { id: string }[];
}

/**
 * The course's two-hour Wednesday-morning sessions, September to June (10 seminars, 8 Circle of
 * Security groups, 6 reflective supervision sessions), two Saturday retreats of six hours (with the
 * seminars, 32 h), and the optional Circle of Security facilitator training.
 */
export function bostonSeries({ faculty, facilitators }: DemoRoster): Series[] {
  const [circleFacilitator, ...supervisors] = facilitators;
  return [
    {
      kind: SessionKind.FACULTY_SEMINAR, title: (index) => `Seminar ${index + 1}: ${SEMINAR_TOPICS[index]}`,
      dates: ['2026-09-09', '2026-09-30', '2026-10-21', '2026-11-11', '2026-12-09', '2027-01-13', '2027-02-10', '2027-03-17', '2027-04-28', '2027-06-09'],
      time: '10:00', durationMinutes: 120, ceEligible: true, modality: Modality.HYBRID, location: AGENCY, joinUrl: `${MEET}/seminar`, leaders: faculty,
    },
    {
      kind: SessionKind.RETREAT, title: (index) => (index === 0 ? 'Opening retreat' : 'Closing retreat'),
      dates: ['2026-10-17', '2027-05-22'],
      time: '09:00', durationMinutes: 360, ceEligible: true, modality: Modality.IN_PERSON, location: AGENCY, leaders: faculty,
    },
    {
      kind: SessionKind.CIRCLE_OF_SECURITY, title: (index) => `Circle of Security group ${index + 1}`,
      dates: ['2026-09-16', '2026-10-07', '2026-10-28', '2026-11-18', '2026-12-16', '2027-01-27', '2027-02-24', '2027-03-24'],
      time: '10:00', durationMinutes: 120, ceEligible: false, modality: Modality.ONLINE, joinUrl: `${MEET}/circle-of-security`, leaders: [circleFacilitator],
    },
    {
      kind: SessionKind.REFLECTIVE_SUPERVISION, title: (index) => `Reflective supervision ${index + 1}`,
      dates: ['2026-09-23', '2026-11-04', '2026-12-02', '2027-02-03', '2027-03-31', '2027-05-19'],
      time: '10:00', durationMinutes: 120, ceEligible: false, modality: Modality.ONLINE, joinUrl: `${MEET}/reflective-supervision`, leaders: supervisors,
    },
    {
      kind: SessionKind.CIRCLE_OF_SECURITY, title: (index) => `Circle of Security facilitator training, day ${index + 1}`,
      dates: ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05'],
      time: '09:00', durationMinutes: 420, ceEligible: false, optional: true, modality: Modality.ONLINE, joinUrl: `${MEET}/facilitator-training`, leaders: [circleFacilitator],
    },
  ];
}

/** The series' sessions, at their local time in the cohort's zone. */
export function seriesSessions(cohort: CohortEntity, series: Series): Partial<SessionEntity>[] {
  return series.dates.map((date, index) => ({
    cohortId: cohort.id,
    kind: series.kind,
    title: series.title(index),
    startsAt: localInstant(date, series.time, cohort.timeZone),
    durationMinutes: series.durationMinutes,
    ceEligible: series.ceEligible,
    optional: series.optional ?? false,
    modality: series.modality,
    location: series.location ?? null,
    joinUrl: series.joinUrl ?? null,
    leaderId: series.leaders[index % series.leaders.length].id,
  }));
}
