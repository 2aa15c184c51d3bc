/** One category of a transcript: a session kind, PRACTICUM (approved entries) or JOURNALS (satisfactory ones). */
export interface TranscriptLine {
  category: string;
  /** Sessions attended or made up; for PRACTICUM the approved entries, for JOURNALS the satisfactory journals. */
  sessions: number;
  minutes: number;
  madeUpMinutes: number;
}

/** A participant's hours in one cohort, as the hoursTranscript query and its PDF show them. */
export interface Transcript {
  cohortId: string;
  userId: string;
  holderName: string;
  programName: string;
  cohortName: string;
  /** `YYYY-MM-DD` */
  cohortStartsOn: string;
  /** `YYYY-MM-DD` */
  cohortEndsOn: string;
  timeZone: string;
  /** Live (PRESENT), non-optional sessions only: what certificates print as contact hours. */
  contactMinutes: number;
  optionalMinutes: number;
  madeUpMinutes: number;
  lines: TranscriptLine[];
  optionalLines: TranscriptLine[];
}
