import { Router } from 'express';
import type { z } from 'zod';
import { getDecisionContext } from '../../domain/players/decision-context';
import {
  addPlayerNote,
  listPlayerNotes,
  newPlayerNoteSchema,
  UnknownPlayerError,
} from '../../domain/players/player-notes';
import type { PersonalDataVault } from '../../domain/wallet/player-personal-data';
import type { Db } from '../../platform/db';
import { notFound, parseOrThrow } from '../../platform/http-errors';
import { auditContextOf, authorize, staffOf } from '../admin/access-control';
import { pageQuery } from '../players/back-office-players-router';
import { playerIdParam } from '../players/player-router';
import type { decisionContextSchema, playerNoteSchema, playerNotesPageSchema } from './decision-context-schemas';

/**
 * The back office's view of a player beside a decision (issue 15 item 6): the decision context (money, links,
 * AML work, KYC and screening, earlier decisions) for those who decide, and the player's notes and tags, which
 * every permitted staff member reads and adds to (never edits: a correction is a new note). Mounted at /players.
 */
export function createDecisionContextRouter(deps: { db: Db; vault: PersonalDataVault }): Router {
  const router = Router();

  router.get('/:playerId/decision-context', authorize('read', 'PlayerContext'), async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    const context = await getDecisionContext(deps.db, deps.vault, playerId);
    if (!context) throw notFound(`No player ${playerId}`);
    res.json(context satisfies z.input<typeof decisionContextSchema>);
  });

  router.get('/:playerId/notes', authorize('read', 'PlayerNote'), async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    const page = parseOrThrow(pageQuery, req.query, 'query');
    const notes = await listPlayerNotes(deps.db, playerId, page);
    if (!notes) throw notFound(`No player ${playerId}`);
    res.json({ ...notes, ...page } satisfies z.input<typeof playerNotesPageSchema>);
  });

  router.post('/:playerId/notes', authorize('create', 'PlayerNote'), async (req, res) => {
    const { playerId } = parseOrThrow(playerIdParam, req.params, 'path');
    const note = parseOrThrow(newPlayerNoteSchema, req.body);
    try {
      const added = await addPlayerNote(
        deps.db,
        { ...note, playerId, author: staffOf(res).staffId },
        auditContextOf(res),
      );
      res
        .status(201)
        .location(`${req.baseUrl}/${playerId}/notes`)
        .json(added satisfies z.input<typeof playerNoteSchema>);
    } catch (err) {
      if (err instanceof UnknownPlayerError) throw notFound(`No player ${playerId}`);
      throw err;
    }
  });

  return router;
}
