import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditEventEntity } from './audit-event.entity';
import { AuditRepository } from './audit.repository';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  cohortId?: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Writes to the audit trail inside the caller's transaction, so a change and its record land together. */
@Injectable()
export class AuditService {
  constructor(private readonly events: AuditRepository) {}

  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await this.recordMany(manager, [entry]);
  }

  async recordMany(manager: EntityManager, entries: AuditEntry[]): Promise<void> {
    if (!entries.length) return;
    const rows = entries.map((entry) => ({
      ...entry,
      cohortId: entry.cohortId ?? null,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })) as QueryDeepPartialEntity<AuditEventEntity>[];
    await this.events.insert(rows, manager);
  }
}
