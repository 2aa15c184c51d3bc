import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../auth/user-connection.model';
import { User } from '../auth/user.model';
import { DateTime } from '../graphql/date-time.scalar';
import { AuditEventRow } from './audit.repository';

const asJson = (value: Record<string, unknown> | null) => (value === null ? null : JSON.stringify(value));

@ObjectType('AuditEvent', { description: 'One change of state, as the audit trail keeps it (append-only)' })
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field(() => DateTime, { description: 'When the change was made' })
  at: Date;

  @Field(() => String, { description: 'What kind of change, e.g. attendance.recorded, enrollment.withdrawn' })
  action: string;

  @Field(() => String, { description: 'The kind of record changed, e.g. attendance, enrollment' })
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => ID, { nullable: true, description: 'The cohort of the record; null for records of no cohort (people, platforms)' })
  cohortId: string | null;

  @Field(() => User, { nullable: true, description: 'Who made the change; null for the service itself (start-up, scheduled jobs)' })
  actor?: User | null;

  /** Resolved to `actor` through the request's user loader. */
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'The record’s counted state before the change, as JSON text; null for a new record' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The record’s counted state after the change, as JSON text; null for a removed one' })
  after: string | null;

  static from(row: AuditEventRow): AuditEvent {
    const { id, occurredAt, action, entityType, entityId, cohortId, actorId } = row;
    return Object.assign(new AuditEvent(), { id, at: occurredAt, action, entityType, entityId, cohortId, actorId, before: asJson(row.before), after: asJson(row.after) });
  }
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection {
  @Field(() => [AuditEvent], { description: 'Newest first' })
  nodes: AuditEvent[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
