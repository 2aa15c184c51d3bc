import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AppConfig } from '../config/app-config';
import { UuidPipe } from '../graphql/uuid.pipe';
import { transcriptPdfUrl } from './transcript-pdf-url';
import { HoursTranscript } from './transcripts.models';
import { TranscriptsService } from './transcripts.service';

@Resolver(() => HoursTranscript)
export class TranscriptsResolver {
  constructor(
    private readonly transcripts: TranscriptsService,
    private readonly config: AppConfig,
  ) {}

  @Query(() => HoursTranscript, { description: 'Your hours by category, or a participant’s for the cohort’s staff and admins' })
  async hoursTranscript(
    @CurrentUser() user: AuthUser,
    @Args('cohortId', { type: () => ID }, new UuidPipe('cohortId')) cohortId: string,
    @Args('userId', { type: () => ID, nullable: true }, new UuidPipe('userId', true)) userId?: string,
  ): Promise<HoursTranscript> {
    const transcript = await this.transcripts.transcript(user, cohortId, userId);
    return HoursTranscript.from(transcript, transcriptPdfUrl(this.config.publicBaseUrl, cohortId, transcript.userId));
  }
}
