import { CommunityFacilitatorEntity } from './community-facilitator.entity';
import { CommunityMemberEntity } from './community-member.entity';
import { CommunityEntity } from './community.entity';
import { SessionNoteEntity } from './session-note.entity';

export const communityEntities = [CommunityEntity, CommunityMemberEntity, CommunityFacilitatorEntity, SessionNoteEntity];
