import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../platform/config';
import { createPool } from '../../platform/db';

// The bet gate (sql/functions/wallet_gate_bets.sql) runs on every batch of the bet path, so what it reads must grow
// with the batch, never with the player base. A planner that flattens its per-bet player lookup into a hash join
// reads every player and every KYC row on each batch: 30 ms a bet at 4,000 players, which halved bench:wallet.
// Postgres counts the rows each statement reads per table (pg_stat_xact_user_tables), so the test asks it, inside a
// transaction that is rolled back, on a player base made large enough for the planner to weigh its options.

const db = createPool(loadConfig().databaseUrl, 1);
afterAll(() => db.end());

const PLAYERS = 3_000;
const BETS = 3;

it('reads a bounded number of player and KYC rows per bet, however many players there are', async () => {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const prefix = `gate-cost-${randomUUID()}`;
    await client.query(
      `INSERT INTO players (player_id, brand, jurisdiction, currency, date_of_birth)
       SELECT $1 || '-' || n, 'gate-cost', 'MT', 'EUR', DATE '1990-01-01' FROM generate_series(1, $2::INT) n`,
      [prefix, PLAYERS],
    );
    await client.query(
      `INSERT INTO player_kyc (player_id, status) SELECT player_id, 'VERIFIED' FROM players WHERE brand = 'gate-cost'`,
    );
    // As the planner would see a grown table in production, once autovacuum has analysed it.
    await client.query('ANALYZE players');
    await client.query('ANALYZE player_kyc');
    const bets = Array.from({ length: BETS }, (_, i) => ({
      callNo: i + 1,
      playerId: `${prefix}-${i + 1}`,
      playerStatus: 'ACTIVE',
      providerId: 'gate-cost-provider',
      gameId: 'gate-cost-game',
      roundId: `round-${i}`,
      amountMinor: 100,
      sessionToken: `no-such-session-${i}`,
    }));
    const readRows = async () => {
      const { rows } = await client.query<{ relname: string; rows: string }>(
        `SELECT relname, (COALESCE(seq_tup_read, 0) + COALESCE(idx_tup_fetch, 0))::TEXT AS rows
           FROM pg_stat_xact_user_tables WHERE relname IN ('players', 'player_kyc')`,
      );
      return Object.fromEntries(rows.map((r) => [r.relname, Number(r.rows)]));
    };

    const before = await readRows();
    const { rows: verdicts } = await client.query<{ call_no: number; refusal: string | null }>(
      'SELECT call_no, refusal FROM wallet_gate_bets($1)',
      [JSON.stringify(bets)],
    );
    const after = await readRows();

    // The gate judged every bet (the forged session tokens are refused, which is beside the point here)...
    expect(verdicts.map((v) => v.call_no).sort()).toEqual([1, 2, 3]);
    expect(verdicts.every((v) => v.refusal !== null)).toBe(true);
    // ...by looking up each bet's player and KYC row, not by reading all of them.
    expect((after.players ?? 0) - (before.players ?? 0)).toBeLessThanOrEqual(BETS);
    expect((after.player_kyc ?? 0) - (before.player_kyc ?? 0)).toBeLessThanOrEqual(BETS);
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
});
