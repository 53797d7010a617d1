import type { Client } from '@temporalio/client';
import { Router } from 'express';
import { z } from 'zod';
import { appendAuditEntry } from '../../domain/admin/audit-log';
import { listPlayerInstruments } from '../../domain/payments/payment-instruments';
import { getWalletBalance } from '../../domain/wallet/ledger';
import { listPlayerLedger } from '../../domain/wallet/player-ledger';
import { findPlayer, PlayerStatus, setPlayerStatus } from '../../domain/wallet/players';
import { withTransaction, type Db } from '../../platform/db';
import { unavailableEngineOf } from '../../platform/engine-errors';
import { notFound, parseOrThrow } from '../../platform/http-errors';
import { abilityOf, auditContextOf, authorize } from '../admin/access-control';
import { playerIdParam } from './player-router';
import type { playerLedgerPageSchema, playerOverviewSchema, playerSchema } from './response-schemas';

export const statusBody = z
  .object({
    status: z.enum(Object.values(PlayerStatus) as [PlayerStatus, ...PlayerStatus[]]),
    reason: z.string().trim().max(1000).optional(),
  })
  .strict();
export const pageQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

/** How many of a player's workflows the overview lists (newest first, as Temporal visibility returns them). */
const OVERVIEW_WORKFLOWS = 50;
const MASKED_DATE = '****-**-**';
const MASKED_NAME = '****';

/** How long the player 360 waits for Temporal's list of the player's workflows before showing the rest without it. */
const WORKFLOW_LIST_TIMEOUT_MS = 1_500;

/**
 * The player's latest workflows from Temporal visibility, or null while Temporal does not answer: the rest of the
 * player 360 comes from Postgres and is shown regardless.
 */
async function playerWorkflows(
  deps: { temporal: Client; webLink: (workflowId: string) => string },
  playerId: string,
): Promise<z.input<typeof playerOverviewSchema>['workflows']> {
  try {
    return await deps.temporal.withDeadline(Date.now() + WORKFLOW_LIST_TIMEOUT_MS, async () => {
      const workflows = [];
      // The player id was checked against its pattern by the route, so it is safe inside the visibility query.
      for await (const execution of deps.temporal.workflow.list({ query: `PlayerId = '${playerId}'` })) {
        workflows.push({
          workflowId: execution.workflowId,
          type: execution.type,
          status: execution.status.name,
          startTime: execution.startTime.toISOString(),
          temporalWebUrl: deps.webLink(execution.workflowId),
        });
        if (workflows.length >= OVERVIEW_WORKFLOWS) break;
      }
      return workflows;
    });
  } catch (err) {
    if (unavailableEngineOf(err) === 'temporal') return null;
    throw err;
  }
}

/**
 * The back office's player routes: the player 360 (profile, balances, the workflows that concern them, their
 * ledger) and status changes (block, unblock, self-exclude, close), each change audited with before and after.
 */
export function createBackOfficePlayersRouter(deps: {
  db: Db;
  temporal: Client;
  webLink: (workflowId: string) => string;
}): Router {
  const router = Router();

  router.get('/:playerId/overview', authorize('read', 'Player'), async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    const player = await findPlayer(deps.db, playerId);
    if (!player) throw notFound(`No player ${playerId}`);
    const wallet = await getWalletBalance(deps.db, playerId);
    const workflows = await playerWorkflows(deps, playerId);
    const personalData = abilityOf(res).can('read', 'PlayerPersonalData');
    const instruments = await listPlayerInstruments(deps.db, playerId);
    res.json({
      player: { ...player, dateOfBirth: personalData ? player.dateOfBirth : MASKED_DATE },
      balances: {
        cashMinor: wallet?.cashMinor ?? 0,
        bonusMinor: wallet?.bonusMinor ?? 0,
        pendingMinor: wallet?.withdrawalPendingMinor ?? 0,
        currency: wallet?.currency ?? player.currency,
      },
      workflows,
      paymentInstruments: instruments.map((i) => ({
        ...i,
        holderName: personalData || i.holderName === null ? i.holderName : MASKED_NAME,
      })),
    } satisfies z.input<typeof playerOverviewSchema>);
  });

  router.get('/:playerId/ledger', authorize('read', 'Player'), async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    const page = parseOrThrow(pageQuery, req.query, 'query');
    if (!(await findPlayer(deps.db, playerId))) throw notFound(`No player ${playerId}`);
    res.json({ ...(await listPlayerLedger(deps.db, playerId, page)), ...page } satisfies z.input<
      typeof playerLedgerPageSchema
    >);
  });

  router.put('/:playerId/status', authorize('update', 'PlayerStatus'), async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    const { status, reason } = parseOrThrow(statusBody, req.body);
    const player = await withTransaction(deps.db, async (tx) => {
      const { rows } = await tx.query<{ status: string }>(
        'SELECT status FROM players WHERE player_id = $1 FOR UPDATE',
        [playerId],
      );
      if (!rows[0]) return undefined;
      const changed = await setPlayerStatus(tx, playerId, status);
      await appendAuditEntry(tx, {
        ...auditContextOf(res),
        action: 'player.status.update',
        entityType: 'Player',
        entityId: playerId,
        reason,
        before: { status: rows[0].status },
        after: { status },
      });
      return changed;
    });
    if (!player) throw notFound(`No player ${playerId}`);
    res.json(player satisfies z.input<typeof playerSchema>);
  });

  return router;
}
