import { DemoStep } from './demo-context';

/** Each domain's demo records, in dependency order, after the people and the cohort. */
export const DEMO_STEPS: DemoStep[] = [];
