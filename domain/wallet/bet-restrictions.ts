import type { Player } from './players';

/** Why a bet is refused before any money moves; also the seamless-wallet error code. */
export type BetRefusal = 'PLAYER_BLOCKED' | 'PLAYER_SELF_EXCLUDED' | 'PLAYER_CLOSED';

/**
 * Decides whether a player may place a bet right now. The responsible-gambling domain fills this in with limits
 * and interventions; it must answer fast, since it sits on the per-bet path.
 */
export interface BetRestrictions {
  refusalFor(player: Pick<Player, 'playerId' | 'status'>): Promise<BetRefusal | undefined> | BetRefusal | undefined;
}

/** The rule that holds before responsible gambling adds its own: only an ACTIVE player may bet. */
export const playerStatusRestrictions: BetRestrictions = {
  refusalFor: ({ status }) =>
    ({ ACTIVE: undefined, BLOCKED: 'PLAYER_BLOCKED', SELF_EXCLUDED: 'PLAYER_SELF_EXCLUDED', CLOSED: 'PLAYER_CLOSED' })[
      status
    ] as BetRefusal | undefined,
};
