import { registerEnumType } from '@nestjs/graphql';

export enum EnrollmentRole {
  PARTICIPANT = 'PARTICIPANT',
  FACULTY = 'FACULTY',
  FACILITATOR = 'FACILITATOR',
}

registerEnumType(EnrollmentRole, { name: 'EnrollmentRole' });

export const STAFF_ROLES: readonly EnrollmentRole[] = [EnrollmentRole.FACULTY, EnrollmentRole.FACILITATOR];
