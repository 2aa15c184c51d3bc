import { seedCertificates } from '../certificates/certificates.demo';
import { seedJournals } from '../journals/journals.demo';
import { seedCurriculum } from '../curriculum/curriculum.demo';
import { seedPracticum } from '../practicum/practicum.demo';
import { DemoStep } from './demo-context';

/** Each domain's demo records, in dependency order, after the people and the cohort. */
export const DEMO_STEPS: DemoStep[] = [seedCurriculum, seedPracticum, seedJournals, seedCertificates];
