import { Injectable } from '@nestjs/common';
import { likeLiteral } from '../database/like-pattern';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditCursor } from './audit-cursor';
import { AuditEventEntity } from './audit-event.entity';
import { AUDIT_QUERIES } from './audit.queries';

/** An event as the trail is read: with its cohort's time zone (null without a cohort) and its instant for a cursor. */
export interface AuditEventRow {
  id: string;
  occurredAt: Date;
  cursorAt: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  cohortId: string | null;
  timeZone: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Which events to read; every field narrows the list when set. */
export interface AuditEventsWhere {
  cohortId?: string | null;
  actorId?: string | null;
  /** As stored: trimmed and lower-cased. */
  actorEmail?: string | null;
  action?: string | null;
  actionPrefix?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** A LIKE pattern for text starting with `prefix`, its wildcards taken literally. */
const startsWith = (prefix: string) => `${likeLiteral(prefix)}%`;

/** The audit trail's only writer, and its reader; the database itself refuses UPDATE and DELETE. */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(events: QueryDeepPartialEntity<AuditEventEntity>[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(AuditEventEntity).insert(events);
  }

  /** Up to `limit` events of the cohorts `within` (null: every event), newest first, after the cursor. */
  page(within: string[] | null, where: AuditEventsWhere, after: AuditCursor | null, limit: number): Promise<AuditEventRow[]> {
    return this.dataSource.query(AUDIT_QUERIES.eventsPage, [
      within,
      where.cohortId ?? null,
      where.actorId ?? null,
      where.actorEmail ?? null,
      where.action ?? null,
      where.actionPrefix ? startsWith(where.actionPrefix) : null,
      where.entityType ?? null,
      where.entityId ?? null,
      where.from ?? null,
      where.to ?? null,
      after?.at ?? null,
      after?.id ?? null,
      limit,
    ]);
  }

  /** The cohorts of the programs the person coordinates; null when they coordinate none. */
  async coordinatedCohorts(userId: string): Promise<string[] | null> {
    const [row]: { coordinates: boolean; cohortIds: string[] }[] = await this.dataSource.query(AUDIT_QUERIES.coordinatedCohorts, [userId]);
    return row.coordinates ? row.cohortIds : null;
  }
}
