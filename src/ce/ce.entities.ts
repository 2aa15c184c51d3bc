import { CeApprovalEntity } from './ce-approval.entity';
import { CeRecordEntity } from './ce-record.entity';

export const ceEntities = [CeApprovalEntity, CeRecordEntity];
