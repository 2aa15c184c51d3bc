import { registerEnumType } from '@nestjs/graphql';

/** Whether a person still takes part; a withdrawn enrolment keeps every record. */
export enum EnrollmentStatus {
  ACTIVE = 'ACTIVE',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus' });
