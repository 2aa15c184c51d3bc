import { DomainError } from '../errors/domain-errors';

/** CONFLICT naming the account that already has the address (`extensions.userId`): only admins create or re-address accounts. */
export class EmailTakenError extends DomainError {
  constructor(userId: string) {
    super('CONFLICT', 'A user with this e-mail already exists', { userId });
  }
}
