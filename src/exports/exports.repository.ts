import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AttendanceStatus } from '../attendance/attendance-status';
import { CeUnit } from '../ce/ce-unit';
import { SessionKind } from '../curriculum/session-kind';
import { EXPORT_QUERIES } from './exports.queries';

export interface AttendanceRow {
  userId: string;
  fullName: string;
  sessionId: string;
  sessionTitle: string;
  kind: SessionKind;
  startsAt: Date;
  durationMinutes: number;
  optional: boolean;
  localDate: string;
  localTime: string;
  status: AttendanceStatus;
  minutesAttended: number;
  creditedMinutes: number;
}

export interface RosterApproval {
  id: string;
  cohortId: string;
  board: string;
  approvalNumber: string;
  unit: CeUnit;
  incrementMinutes: number;
  /** The whole course's CE-eligible minutes (required sessions not cancelled). */
  courseMinutes: number;
}

export interface RosterRow {
  userId: string;
  fullName: string;
  licenseType: string | null;
  licenseState: string | null;
  licenseNumber: string | null;
  minutes: number;
  /** `YYYY-MM-DD`; null when neither a certificate nor live attendance dates it. */
  completedOn: string | null;
}

/** The exports' own reads (exports.queries.ts); each one statement, whatever the cohort's size. */
@Injectable()
export class ExportsRepository {
  constructor(private readonly dataSource: DataSource) {}

  attendanceRows(cohortId: string): Promise<AttendanceRow[]> {
    return this.dataSource.query(EXPORT_QUERIES.attendanceRows, [cohortId]);
  }

  async approval(approvalId: string): Promise<RosterApproval | null> {
    const [row]: RosterApproval[] = await this.dataSource.query(EXPORT_QUERIES.approval, [approvalId]);
    return row ?? null;
  }

  rosterRows(approvalId: string): Promise<RosterRow[]> {
    return this.dataSource.query(EXPORT_QUERIES.rosterRows, [approvalId]);
  }
}
