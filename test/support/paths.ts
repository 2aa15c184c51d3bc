import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..', '..');
export const TEMPLATE_DATABASE = 'iecmhc_template';
