import { api, resultOf } from '../api/http';
import type { components } from '../api/openapi-types';

// The calls beside a decision on a player: the decision context, and the player's notes and tags.

type Schemas = components['schemas'];

/** What an officer needs beside a withdrawal, a KYC review or an AML case. */
export type DecisionContext = Schemas['DecisionContext'];
/** One page of a player's notes, with all their tags. */
export type PlayerNotesPage = Schemas['PlayerNotesPage'];
/** One note (or tags) a staff member added to a player. */
export type PlayerNote = Schemas['PlayerNote'];

export function getDecisionContext(playerId: string, signal?: AbortSignal): Promise<DecisionContext> {
  return resultOf(api.GET('/api/players/{playerId}/decision-context', { params: { path: { playerId } }, signal }));
}

export function listPlayerNotes(playerId: string, signal?: AbortSignal): Promise<PlayerNotesPage> {
  return resultOf(
    api.GET('/api/players/{playerId}/notes', { params: { path: { playerId }, query: { limit: 50 } }, signal }),
  );
}

/** Adds a note, tags, or both; the API audits it. Notes are never edited: a correction is a new note. */
export function addPlayerNote(playerId: string, note: { body?: string; tags: string[] }): Promise<PlayerNote> {
  return resultOf(api.POST('/api/players/{playerId}/notes', { params: { path: { playerId } }, body: note }));
}

/** The query keys of these calls, so a new note refreshes every panel that shows the player's notes or tags. */
export const playerNotesKey = (playerId: string) => ['player-notes', playerId] as const;
export const decisionContextKey = (playerId: string) => ['decision-context', playerId] as const;
