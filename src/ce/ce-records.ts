import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CeRepository, RefreshOutcome } from './ce.repository';

/**
 * Keeps CE records in line with what they are computed from, in the transaction that changes it.
 * Approvals that require completion are fixed when the certificate is issued (and when the approval
 * changes); the others follow attendance and licences as they are recorded.
 */
@Injectable()
export class CeRecords {
  constructor(private readonly ce: CeRepository) {}

  /** After attendance of these people (all of the cohort's when omitted) changed, or a session did. */
  async afterAttendance(manager: EntityManager, cohortId: string, userIds?: readonly string[]): Promise<void> {
    await this.ce.lockCohorts([cohortId], manager);
    await this.ce.refreshRecords({ cohortId, userIds, includeCompletion: false }, manager);
  }

  /** After a person's licences changed: every cohort they take part in that has approvals. */
  async afterLicenses(manager: EntityManager, userId: string): Promise<void> {
    const cohortIds = await this.ce.lockCohorts(await this.ce.approvedCohortsOf([userId], manager), manager);
    for (const cohortId of cohortIds) await this.ce.refreshRecords({ cohortId, userIds: [userId], includeCompletion: false }, manager);
  }

  /** Before inserting certificates of the cohort: issuances run side by side, approvals and attendance wait. */
  async beforeIssuance(manager: EntityManager, cohortId: string): Promise<void> {
    await this.ce.lockCohortForIssuance(cohortId, manager);
  }

  /** After certificates were issued to these holders (after beforeIssuance). */
  afterIssuance(manager: EntityManager, cohortId: string, holderIds: readonly string[]): Promise<RefreshOutcome> {
    return this.ce.refreshRecords({ cohortId, userIds: holderIds, includeCompletion: true }, manager);
  }
}
