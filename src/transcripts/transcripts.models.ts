import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { User } from '../auth/user.model';
import { contactHours } from '../certificates/certificate-format';
import { Transcript, TranscriptLine } from './transcript';
import { categoryName } from './transcript-categories';

@ObjectType('HoursTranscriptLine')
export class HoursTranscriptLine {
  @Field(() => String, { description: 'A SessionKind, PRACTICUM (approved entries) or JOURNALS (satisfactory journals)' })
  category: string;

  @Field(() => String, { description: 'The category as people read it' })
  name: string;

  @Field(() => Int, { description: 'Sessions attended or made up; approved entries for PRACTICUM, satisfactory journals for JOURNALS' })
  sessions: number;

  @Field(() => Int, { description: 'Credited minutes; for JOURNALS the expected time of each (an estimate)' })
  minutes: number;

  @Field(() => Int, { description: 'Of those minutes, the ones made up (never contact minutes)' })
  madeUpMinutes: number;

  static from(line: TranscriptLine): HoursTranscriptLine {
    return Object.assign(new HoursTranscriptLine(), { ...line, name: categoryName(line.category) });
  }
}

@ObjectType('HoursTranscript', { description: 'A participant’s hours in one cohort, by category, as endorsement portfolios ask for them' })
export class HoursTranscript {
  @Field(() => ID)
  cohortId: string;

  @Field(() => User)
  participant: User;

  @Field(() => Int, { description: 'Live (PRESENT), non-optional sessions only: the contact minutes certificates state' })
  contactMinutes: number;

  @Field(() => Float, { description: 'contactMinutes / 60, to two decimals' })
  contactHours: number;

  @Field(() => Int, { description: 'Credited at optional sessions: shown apart, counted toward nothing' })
  optionalMinutes: number;

  @Field(() => Int, { description: 'Credited for made-up sessions: counted toward requirements, never contact hours' })
  madeUpMinutes: number;

  @Field(() => [HoursTranscriptLine], { description: 'One line per session kind the cohort holds, then PRACTICUM and JOURNALS' })
  lines: HoursTranscriptLine[];

  @Field(() => [HoursTranscriptLine], { description: 'The optional sessions attended, by kind' })
  optionalLines: HoursTranscriptLine[];

  @Field(() => String, { description: 'The cohort’s time zone' })
  timeZone: string;

  @Field(() => String, { description: 'The transcript as PDF; fetch it with the same Authorization header' })
  pdfUrl: string;

  static from(transcript: Transcript, pdfUrl: string): HoursTranscript {
    const participant = Object.assign(new User(), { id: transcript.userId, email: null, fullName: transcript.holderName, isAdmin: false, credentials: [] });
    return Object.assign(new HoursTranscript(), {
      cohortId: transcript.cohortId,
      participant,
      contactMinutes: transcript.contactMinutes,
      contactHours: contactHours(transcript.contactMinutes),
      optionalMinutes: transcript.optionalMinutes,
      madeUpMinutes: transcript.madeUpMinutes,
      lines: transcript.lines.map(HoursTranscriptLine.from),
      optionalLines: transcript.optionalLines.map(HoursTranscriptLine.from),
      timeZone: transcript.timeZone,
      pdfUrl,
    });
  }
}
