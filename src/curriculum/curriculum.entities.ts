import { CourseModuleEntity } from './course-module.entity';
import { SessionInviteeEntity } from './session-invitee.entity';
import { SessionEntity } from './session.entity';

export const curriculumEntities = [CourseModuleEntity, SessionEntity, SessionInviteeEntity];
