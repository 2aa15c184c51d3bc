import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { AccessDecision, decide } from './access-decision';
import { AccessTarget, TARGET_NAMES } from './access-target';
import { AccessRepository } from './access.repository';
import { Permission } from './permission';

/**
 * The one question every service asks first, whichever door the request came through:
 * may this user do this to this record? Answers with the decision, or NOT_FOUND / FORBIDDEN.
 * Pass the transaction's manager when the check must see (and precede) its writes.
 */
@Injectable()
export class Access {
  constructor(private readonly repository: AccessRepository) {}

  async require(user: AuthUser, permission: Permission, target: AccessTarget, manager?: EntityManager): Promise<AccessDecision> {
    const found = await this.repository.relationshipsTo(user, target, manager);
    if (!found) throw new NotFoundError(TARGET_NAMES[target.kind]);
    const verdict = decide(permission, found.relationships);
    if (verdict.outcome === 'not-found') throw new NotFoundError(TARGET_NAMES[target.kind]);
    if (verdict.outcome === 'forbidden') throw new ForbiddenError(verdict.reason);
    if (target.kind === 'participant' && !found.subjectIsParticipant) throw new NotFoundError('Participant');
    return new AccessDecision(user.id, found.cohortId, found.relationships, found.record);
  }
}
