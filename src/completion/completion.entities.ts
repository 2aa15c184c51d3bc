import { CompletionRequirementEntity } from './completion-requirement.entity';

export const completionEntities = [CompletionRequirementEntity];
