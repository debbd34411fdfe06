import type { Principal } from '../auth/principal';
import type { Clock } from '../context';
import type { Db, Tx } from '../db/client';
import { auditLog } from '../db/schema';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string;
  detail?: Record<string, unknown>;
}

export async function audit(db: Db | Tx, clock: Clock, actor: Principal | 'system', entry: AuditEntry) {
  await db.insert(auditLog).values({
    at: clock.now(),
    actorId: actor === 'system' ? null : actor.id,
    actorKind: actor === 'system' ? 'system' : actor.kind,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    detail: entry.detail ?? {},
  });
}
