import type { Client } from '@temporalio/client';
import { Router } from 'express';
import { z } from 'zod';
import { appendAuditEntry } from '../../domain/admin/audit-log';
import { listPlayerInstruments } from '../../domain/payments/payment-instruments';
import { getWalletBalance } from '../../domain/wallet/ledger';
import { listPlayerLedger } from '../../domain/wallet/player-ledger';
import { decodePlayerCursor, listPlayers } from '../../domain/wallet/player-directory';
import {
  fieldsOf,
  MASKED_DATE,
  maskName,
  maskPersonalData,
  type PersonalDataVault,
} from '../../domain/wallet/player-personal-data';
import { findPlayer, PlayerStatus, setPlayerStatus } from '../../domain/wallet/players';
import { withTransaction, type Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { unavailableEngineOf } from '../../platform/engine-errors';
import { notFound, parseOrThrow } from '../../platform/http-errors';
import { auditContextOf, auditOf, authorize } from '../admin/access-control';
import { playerIdParam } from './player-router';
import type {
  playerLedgerPageSchema,
  playerListPageSchema,
  playerOverviewSchema,
  playerSchema,
  revealedPersonalDataSchema,
} from './response-schemas';

const playerStatus = z.enum(Object.values(PlayerStatus) as [PlayerStatus, ...PlayerStatus[]]);
export const statusBody = z
  .object({
    status: playerStatus,
    reason: z.string().trim().max(1000).optional(),
  })
  .strict();
export const pageQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export const playerListQuery = z
  .object({
    query: z.string().trim().max(254).optional().meta({
      description:
        'A player id, an email (exact, any case) or a name (full or family name, exact up to case and accents).',
    }),
    status: playerStatus.optional(),
    brand: z.string().max(40).optional(),
    jurisdiction: z.string().max(6).optional(),
    cursor: z
      .string()
      .max(300)
      .refine((text) => decodePlayerCursor(text) !== undefined, 'must be the nextCursor of a previous page')
      .optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();

/** How many of a player's workflows the overview lists (newest first, as Temporal visibility returns them). */
const OVERVIEW_WORKFLOWS = 50;

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
  vault: PersonalDataVault;
  logger: Logger;
}): Router {
  const router = Router();

  router.get('/', authorize('read', 'Player'), async (req, res) => {
    const { cursor, ...filter } = parseOrThrow(playerListQuery, req.query, 'query');
    const after = cursor === undefined ? undefined : decodePlayerCursor(cursor);
    const page = await listPlayers(deps.db, deps.vault, { ...filter, after });
    const unreadable = page.items.filter((player) => player.personalDataUnreadable).map((player) => player.playerId);
    // Listed as unreadable rather than failing the page; for engineers it is an alarm (tampering, a lost key).
    if (unreadable.length) deps.logger.error({ playerIds: unreadable }, 'personal data does not decrypt');
    res.json(page satisfies z.input<typeof playerListPageSchema>);
  });

  router.get('/:playerId/overview', authorize('read', 'Player'), async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    const player = await findPlayer(deps.db, playerId);
    if (!player) throw notFound(`No player ${playerId}`);
    const wallet = await getWalletBalance(deps.db, playerId);
    const workflows = await playerWorkflows(deps, playerId);
    const personalData = (await deps.vault.read(deps.db, [playerId])).get(playerId);
    const instruments = await listPlayerInstruments(deps.db, playerId);
    res.json({
      // Masked for every role: unmasked personal data is read through `personal-data`, which is audited.
      player: { ...player, dateOfBirth: MASKED_DATE },
      personalData: personalData ? maskPersonalData(personalData) : null,
      balances: {
        cashMinor: wallet?.cashMinor ?? 0,
        bonusMinor: wallet?.bonusMinor ?? 0,
        pendingMinor: wallet?.withdrawalPendingMinor ?? 0,
        currency: wallet?.currency ?? player.currency,
      },
      workflows,
      paymentInstruments: instruments.map((i) => ({
        ...i,
        holderName: i.holderName && maskName(i.holderName),
      })),
    } satisfies z.input<typeof playerOverviewSchema>);
  });

  router.get('/:playerId/personal-data', authorize('read', 'PlayerPersonalData'), async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    const player = await findPlayer(deps.db, playerId);
    if (!player) throw notFound(`No player ${playerId}`);
    const personalData = (await deps.vault.read(deps.db, [playerId])).get(playerId) ?? {};
    // Audited before it is answered: no unmasked read leaves without its entry (who and when come with the session).
    await auditOf(res)({
      action: 'player.personal_data.read',
      entityType: 'Player',
      entityId: playerId,
      after: { fields: ['dateOfBirth', ...fieldsOf(personalData)] },
    });
    res.json({ ...personalData, dateOfBirth: player.dateOfBirth } satisfies z.input<typeof revealedPersonalDataSchema>);
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
