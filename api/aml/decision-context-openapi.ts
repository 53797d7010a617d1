import { newPlayerNoteSchema } from '../../domain/players/player-notes';
import { pageQuery } from '../players/back-office-players-router';
import { playerIdParam } from '../players/player-router';
import { NOT_FOUND, type DomainOpenApi } from '../openapi/operation-spec';
import { decisionContextSchema, playerNoteSchema, playerNotesPageSchema } from './decision-context-schemas';

// The OpenAPI part of the decision context and player notes (api/aml/decision-context-router.ts). The withdrawal
// queue's claim and assignment are in the payments part, beside the queue.

const tag = 'Back office: decision context and notes';

export const decisionContextOpenApi: DomainOpenApi = {
  tags: [
    {
      name: tag,
      description: 'What an officer needs beside a decision on a player, and the notes and tags staff add to players.',
    },
  ],
  requestSchemas: [[newPlayerNoteSchema, 'NewPlayerNote']],
  operations: [
    {
      method: 'get',
      path: '/api/players/:playerId/decision-context',
      operationId: 'getDecisionContext',
      tag,
      summary: 'The decision in context',
      description:
        'Deposits and withdrawals with their instruments, lifetime net deposits and GGR and the turnover since the ' +
        'last deposit per currency (from the ledger), linked players (shared device, address or instrument), open ' +
        'AML alerts and cases, KYC and screening state, and earlier decisions with their reasons.',
      caller: 'staff',
      params: playerIdParam,
      success: { status: 200, description: 'The context.', schema: decisionContextSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'get',
      path: '/api/players/:playerId/notes',
      operationId: 'listPlayerNotes',
      tag,
      summary: "A player's notes and tags",
      caller: 'staff',
      params: playerIdParam,
      query: pageQuery,
      success: { status: 200, description: 'Newest first.', schema: playerNotesPageSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'post',
      path: '/api/players/:playerId/notes',
      operationId: 'addPlayerNote',
      tag,
      summary: 'Add a note or tags to a player',
      description:
        'A text, tags, or both. Notes are never edited or deleted: a correction is a new note. Audited ' +
        '(`player.note.add`).',
      caller: 'staff',
      params: playerIdParam,
      body: newPlayerNoteSchema,
      success: { status: 201, description: 'The note.', schema: playerNoteSchema },
      errors: NOT_FOUND,
    },
  ],
};
