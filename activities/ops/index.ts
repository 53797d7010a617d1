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
    /**
     * Does nothing: every step of the payments benchmark's baseline workflows. The payload it ignores stands in
     * for a real step's input, so it costs the data converter and codec what that input would.
     */
    noop: async (_standIn?: unknown): Promise<void> => undefined,
  };
}
