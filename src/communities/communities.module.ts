import { Module } from '@nestjs/common';
import { CurriculumModule } from '../curriculum/curriculum.module';
import { CohortCommunitiesResolver } from './cohort-communities.resolver';
import { CommunitiesRepository } from './communities.repository';
import { CommunitiesResolver } from './communities.resolver';
import { CommunitiesService } from './communities.service';
import { CommunitySessionsResolver } from './community-sessions.resolver';
import { SessionNotePagesController } from './session-note-pages.controller';
import { SessionNotesResolver } from './session-notes.resolver';
import { SessionNotesService } from './session-notes.service';

@Module({
  imports: [CurriculumModule],
  controllers: [SessionNotePagesController],
  providers: [
    CommunitiesRepository,
    CommunitiesService,
    SessionNotesService,
    CommunitiesResolver,
    CohortCommunitiesResolver,
    CommunitySessionsResolver,
    SessionNotesResolver,
  ],
})
export class CommunitiesModule {}
