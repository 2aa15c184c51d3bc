import { PracticumLogEntryEntity } from './practicum-log-entry.entity';
import { PracticumPlacementEntity } from './practicum-placement.entity';
import { PracticumReviewEntity } from './practicum-review.entity';

export const practicumEntities = [PracticumPlacementEntity, PracticumLogEntryEntity, PracticumReviewEntity];
