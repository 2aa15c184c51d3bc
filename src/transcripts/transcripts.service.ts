import { Injectable } from '@nestjs/common';
import { target } from '../access/access-target';
import { Access } from '../access/access.service';
import { Permission } from '../access/permission';
import { AuthUser } from '../auth/auth-user';
import { NotFoundError } from '../errors/domain-errors';
import { Transcript } from './transcript';
import { TranscriptsRepository } from './transcripts.repository';

@Injectable()
export class TranscriptsService {
  constructor(
    private readonly access: Access,
    private readonly repository: TranscriptsRepository,
  ) {}

  /** One participant's hours: their own, or any for the cohort's staff (a facilitator, their communities' members) and admins. */
  async transcript(user: AuthUser, cohortId: string, participantId = user.id): Promise<Transcript> {
    await this.access.require(user, Permission.PARTICIPANT_RECORDS_READ, target.participant(cohortId, participantId));
    const found = await this.repository.transcriptOf(cohortId, participantId);
    if (found === 'no cohort or person') throw new NotFoundError('Cohort');
    if (found === 'not a participant') throw new NotFoundError('Participant');
    return found;
  }
}
