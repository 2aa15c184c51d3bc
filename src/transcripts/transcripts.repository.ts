import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Transcript, TranscriptLine } from './transcript';
import { TRANSCRIPT_QUERIES } from './transcripts.queries';

interface LineRow {
  category: string;
  sessions: number;
  minutes: number;
  made_up_minutes: number;
}

interface HoursRow {
  user_id: string;
  is_participant: boolean;
  full_name: string;
  program_name: string;
  cohort_name: string;
  starts_on: string;
  ends_on: string;
  time_zone: string;
  contact_minutes: number;
  optional_minutes: number;
  made_up_minutes: number;
  lines: LineRow[];
  optional_lines: LineRow[];
}

@Injectable()
export class TranscriptsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The transcript in one statement; what is missing when the cohort, the person or their participation is. */
  async transcriptOf(cohortId: string, userId: string): Promise<Transcript | 'no cohort or person' | 'not a participant'> {
    const [row]: HoursRow[] = await this.dataSource.query(TRANSCRIPT_QUERIES.participantHours, [cohortId, [userId]]);
    if (!row) return 'no cohort or person';
    if (!row.is_participant) return 'not a participant';
    return toTranscript(cohortId, row);
  }

  /** Every participant's transcript, by name, in one statement (callers have checked access). */
  async transcriptsOfCohort(cohortId: string): Promise<Transcript[]> {
    const rows: HoursRow[] = await this.dataSource.query(TRANSCRIPT_QUERIES.participantHours, [cohortId, null]);
    return rows.map((row) => toTranscript(cohortId, row));
  }
}

function toTranscript(cohortId: string, row: HoursRow): Transcript {
  return {
    cohortId,
    userId: row.user_id,
    holderName: row.full_name,
    programName: row.program_name,
    cohortName: row.cohort_name,
    cohortStartsOn: row.starts_on,
    cohortEndsOn: row.ends_on,
    timeZone: row.time_zone,
    contactMinutes: row.contact_minutes,
    optionalMinutes: row.optional_minutes,
    madeUpMinutes: row.made_up_minutes,
    lines: row.lines.map(toLine),
    optionalLines: row.optional_lines.map(toLine),
  };
}

function toLine(row: LineRow): TranscriptLine {
  return { category: row.category, sessions: row.sessions, minutes: row.minutes, madeUpMinutes: row.made_up_minutes };
}
