import type { RgLimitChangeStatus } from '../../contracts/rg';
import { applyLimitChange, awaitLimitChangeConfirmation, expireLimitChange } from '../../domain/rg/limits/limits';
import type { Db } from '../../platform/db';

/**
 * The limit-change workflow's steps, each idempotent and each moving the change only from a pending status in
 * Postgres: a change cancelled there (a decrease of the same limit) answers CANCELLED and applies nothing.
 */
export function createRgLimitActivities(deps: { db: Db }) {
  return {
    /** The cooling-off has passed: the change waits for the player's confirmation (answers its status). */
    async awaitRgLimitConfirmation(input: {
      changeId: string;
      confirmWithinHours: number;
    }): Promise<{ status: RgLimitChangeStatus; confirmBy: string | null }> {
      return awaitLimitChangeConfirmation(deps.db, input);
    },

    /** Applies the change (limit, history, `rg.limit.changed`), unless it is no longer pending. */
    async applyRgLimitChange(input: { changeId: string; confirmed: boolean }): Promise<RgLimitChangeStatus> {
      return applyLimitChange(deps.db, input);
    },

    /** The player did not confirm in time. */
    async expireRgLimitChange(input: { changeId: string }): Promise<RgLimitChangeStatus> {
      return expireLimitChange(deps.db, input.changeId);
    },
  };
}

/** The activities the limit-change workflow proxies. */
export type RgLimitActivities = ReturnType<typeof createRgLimitActivities>;
