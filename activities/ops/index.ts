import type { Db } from '../../platform/db';
import { completeProbe, recordProbe } from '../../domain/ops/probes';

/** Dependencies of the ops activities, injected by the ops worker (or a test). */
export interface OpsActivityDeps {
  db: Db;
}

/** The ops activities: thin, idempotent adapters over domain/ops. */
export function createOpsActivities({ db }: OpsActivityDeps) {
  return {
    async recordProbe(input: { probeId: string; requestedBy: string }): Promise<{ recordedAt: string }> {
      const probe = await recordProbe(db, input.probeId, input.requestedBy);
      return { recordedAt: probe.recordedAt };
    },
    async completeProbe(input: { probeId: string; eventSeenAt: string }): Promise<{ completedAt: string }> {
      const probe = await completeProbe(db, input.probeId, input.eventSeenAt);
      return { completedAt: probe.completedAt! };
    },
    /** Does nothing: the one activity of the payments benchmark's baseline workflow. */
    noop: async () => undefined,
  };
}
