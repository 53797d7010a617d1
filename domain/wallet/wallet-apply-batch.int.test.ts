import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../platform/config';
import { createPool, type DbClient } from '../../platform/db';

// The one bet path, wallet_apply_batch (sql/functions/wallet_apply_batch.sql): a batch of N calls must answer and
// write exactly what the same calls do applied one by one, each as a batch of one, in arrival order (which is
// what a lone call and the batcher's fallback do). The script runs on twin players and twin providers inside one
// transaction that is rolled back, on the real Postgres DATABASE_URL names, so it leaves nothing behind.

const db = createPool(loadConfig().databaseUrl, 1);
afterAll(() => db.end());

type Kind = 'BET' | 'WIN' | 'ROLLBACK';
/** A call as the test writes it: roles instead of ids, so one script serves both twins. */
interface ScriptCall {
  kind: Kind;
  tx: string;
  player: string; // a role: A, B, C, D, or NOBODY (never registered)
  currency?: string;
  amount?: number; // bets and wins
  ref?: string; // rollbacks
  round: string;
  finished?: boolean;
  winKind?: 'ROUND' | 'FREE_ROUND' | 'JACKPOT' | 'PROMO';
  token?: string; // bets: whose session token the bet carries (a role, or FORGED); the player's own by default
  game?: string; // the game; eq-game (which the twin provider offers) by default
}

const bet = (player: string, tx: string, amount: number, round: string, extra: Partial<ScriptCall> = {}) =>
  ({ kind: 'BET', player, tx, amount, round, ...extra }) as ScriptCall;
const win = (
  player: string,
  tx: string,
  amount: number,
  round: string,
  finished = false,
  extra: Partial<ScriptCall> = {},
) => ({ kind: 'WIN', player, tx, amount, round, finished, ...extra }) as ScriptCall;
const rollback = (player: string, tx: string, ref: string, round: string) =>
  ({ kind: 'ROLLBACK', player, tx, ref, round }) as ScriptCall;

/**
 * Funding per role: A has cash and bonus money, B little cash, C is blocked, D is a second ordinary player; E's game
 * session was ended, F's expired, and G plays at a brand the provider does not serve.
 */
const roles = {
  A: { cash: 1_000, bonus: 500 },
  B: { cash: 300, bonus: 0 },
  C: { cash: 1_000, bonus: 0 },
  D: { cash: 1_000, bonus: 0 },
  E: { cash: 1_000, bonus: 0 },
  F: { cash: 1_000, bonus: 0 },
  G: { cash: 1_000, bonus: 0 },
};

// Calls of different players in one batch are applied by player, then arrival; the script keeps its
// cross-player cases (one id claimed by two players, a rollback of another player's bet) in an order where that is
// also arrival order, as it is whenever the calls come from different players' sessions.
const script: ScriptCall[][] = [
  [
    bet('A', 'a1', 700, 'r1'), // all cash
    bet('D', 'd1', 100, 'r2'),
    bet('A', 'a2', 700, 'r1'), // 300 cash, 400 bonus
    bet('A', 'a1', 700, 'r1'), // a repeat within the batch: the first outcome
    bet('A', 'a1', 701, 'r1'), // the same id, another request: DUPLICATE_TRANSACTION_ID
    bet('B', 'b1', 500, 'rb1'), // insufficient funds
    bet('C', 'c1', 100, 'rc1'), // blocked
    win('C', 'c2', 50, 'rc1', true), // no bet in the round: ROUND_NOT_FOUND
    bet('NOBODY', 'n1', 100, 'rn1'),
    bet('A', 'a3', 100, 'r1', { currency: 'GBP' }),
    rollback('A', 'a4', 'a-late', 'r9'), // unknown bet: tombstone
    bet('A', 'a-late', 100, 'r9'), // the late bet is refused by its tombstone
    win('D', 'd2', 0, 'r2', true), // a zero payout closes the round, no ledger transaction
    bet('D', 'd2b', 10, 'r2'), // the round is finished: ROUND_FINISHED
    win('D', 'd2c', 10, 'r2'), // and takes no more wins
    win('A', 'a5', 1_000, 'r1'), // 1000:400 of 1000 is 714.3 and 285.7: rounding goes to cash
    bet('A', 'a6', 5_000, 'r6'), // insufficient funds after the win
    bet('A', 'at1', 10, 'rt1', { token: 'FORGED' }), // no session has this token: GAME_SESSION_TOKEN_INVALID
    bet('A', 'at2', 10, 'rt2', { token: 'D' }), // another player's session: GAME_SESSION_TOKEN_INVALID
    bet('A', 'at3', 10, 'rt3', { game: 'other-game' }), // a game the provider does not offer: GAME_NOT_OFFERED
    bet('E', 'e1', 10, 're1'), // an ended session: GAME_SESSION_ENDED
    bet('F', 'f1', 10, 'rf1'), // an expired session: GAME_SESSION_EXPIRED
    bet('G', 'g1', 10, 'rg1'), // a brand the provider does not serve: PROVIDER_NOT_IN_BRAND
  ],
  [
    bet('A', 'a2', 700, 'r1'), // a repeat across batches
    bet('B', 'b1', 500, 'rb1'), // a refused bet stays refused
    bet('D', 'd3', 200, 'r3'),
    rollback('D', 'd4', 'd3', 'r3'), // reverses a bet of the same batch
    bet('D', 'd3', 200, 'r3'), // its repeat now shows it rolled back
    rollback('D', 'd5', 'd3', 'r3'), // nothing more to reverse
    win('D', 'd5b', 300, 'r3'), // every bet of the round rolled back: ROUND_ROLLED_BACK
    rollback('A', 'a7', 'a1', 'r1'), // the round has a win
    rollback('A', 'a8', 'd1', 'r2'), // another player's bet
    rollback('A', 'a9', 'a5', 'r1'), // a win, not a bet
    rollback('A', 'a10', 'a-late', 'r9'), // a tombstone
    rollback('B', 'b2', 'b1', 'rb1'), // a failed bet moved nothing
    bet('A', 'a11', 0, 'r5'), // a zero stake
    bet('A', 'a12', 1_000, 'r7'), // cash and bonus
    rollback('A', 'a12x', 'a12', 'r5'), // names another round than its bet's: ROUND_MISMATCH
    bet('D', 'd6', 300, 'r4'),
    bet('B', 'b3', 300, 'rb2', { finished: true }), // all of B's cash
    bet('C', 'c3', 10, 'rc2', { currency: 'GBP' }),
  ],
  [
    rollback('D', 'd7', 'd6', 'r4'), // reverses a stored bet
    rollback('A', 'a13', 'a12', 'r7'), // a stored bet with cash and bonus parts
    rollback('A', 'a14', 'a11', 'r5'), // a zero stake: nothing posted, still flagged
    rollback('A', 'a13', 'a12', 'r7'), // a repeated rollback id
    bet('A', 'a7', 1, 'r1'), // an id taken by a rollback with another request: DUPLICATE_TRANSACTION_ID
    win('A', 'a15', 333, 'r8', true, { winKind: 'FREE_ROUND' }), // no bet needed: cash from the prize account
    win('A', 'a15b', 50, 'r8', false, { winKind: 'JACKPOT' }),
    win('C', 'c4', 20, 'rc9', false, { winKind: 'PROMO' }), // paid to a blocked player too
    win('B', 'b4', 77, 'rb2'), // B's round was finished by its bet: ROUND_FINISHED
    bet('D', 'd8', 400, 'r10'),
    win('D', 'd9', 900, 'r10', true),
    rollback('D', 'd10', 'd8', 'r10'), // settled
    bet('NOBODY', 'n2', 1, 'rn2'),
    bet('D', 'd12', 50, 'r1'), // A's round id, but D's own round
    win('D', 'd12w', 100, 'r1'), // paid against D's bet only
    rollback('A', 'a16', 'd13', 'r12'), // A comes first: a tombstone for D's bet of the same batch
    bet('D', 'd13', 10, 'r12'),
    bet('A', 'x1', 20, 'r13'), // one id claimed by two players in one batch: the first claim's row
    bet('D', 'x1', 20, 'r13'),
  ],
  [bet('D', 'd11', 10, 'r11')], // a batch of one
];

interface Twin {
  label: string;
  provider: string;
  players: Record<string, string>;
  /** The whole batch in one call, or each call as a batch of one, in arrival order. */
  mode: 'batch' | 'one-by-one';
}

async function fundPlayers(tx: DbClient, label: string): Promise<Record<string, string>> {
  const players: Record<string, string> = { NOBODY: `eq-${label}-Z-nobody` };
  for (const [role, funding] of Object.entries(roles)) {
    const playerId = `eq-${label}-${role}`;
    players[role] = playerId;
    await tx.query(
      `INSERT INTO players (player_id, brand, jurisdiction, currency, date_of_birth, status)
       VALUES ($1, $3, 'MT', 'EUR', '1990-01-01', $2)`,
      [playerId, role === 'C' ? 'BLOCKED' : 'ACTIVE', role === 'G' ? 'elsewhere' : 'equivalence'],
    );
    await tx.query(
      `INSERT INTO ledger_accounts (code, kind, player_id, currency, balance_minor)
       SELECT 'player:' || $1 || ':' || lower(split_part(kind, '_', 2)) || ':EUR', kind, $1, 'EUR', 0
       FROM unnest(ARRAY['PLAYER_CASH', 'PLAYER_BONUS', 'PLAYER_WITHDRAWAL_PENDING']) AS kind`,
      [playerId],
    );
    for (const [kind, amount] of [
      ['PLAYER_CASH', funding.cash],
      ['PLAYER_BONUS', funding.bonus],
    ] as const) {
      if (amount === 0) continue;
      await tx.query(
        `SELECT ledger_post_postings(jsonb_build_object(
           'idempotencyKey', $1::TEXT, 'kind', 'DEPOSIT', 'playerId', $2::TEXT, 'currency', 'EUR',
           'postings', jsonb_build_array(
             jsonb_build_object('accountId', (SELECT account_id FROM ledger_accounts WHERE player_id = $2 AND kind = $3),
                                'amountMinor', $4::BIGINT),
             jsonb_build_object('accountId', ledger_operator_account(p_code => 'psp:equivalence:clearing:EUR',
                                                                     p_kind => 'PSP_CLEARING', p_currency => 'EUR'),
                                'amountMinor', -$4::BIGINT))))`,
        [`eq-fund-${label}-${role}-${kind}`, playerId, kind, amount],
      );
    }
  }
  return players;
}

/** A role's session token (the twin's players differ, so do their tokens); FORGED names no session. */
const tokenOf = (twin: Twin, role: string) => `token-${twin.players[role] ?? `${twin.provider}-forged`}`;

/**
 * The twin provider's scope (brand `equivalence`, game `eq-game`) and a game session per player: E's ended, F's
 * expired; written directly, inside the test's transaction, as openGameSession would have.
 */
async function openSessions(tx: DbClient, twin: Twin): Promise<void> {
  await tx.query(`INSERT INTO game_provider_brands VALUES ($1, 'equivalence')`, [twin.provider]);
  await tx.query(`INSERT INTO game_provider_games VALUES ($1, 'eq-game')`, [twin.provider]);
  for (const role of Object.keys(roles)) {
    await tx.query(
      `INSERT INTO game_sessions (session_id, token_hash, player_id, provider_id, game_id, currency, idle_timeout,
                                  expires_at, ended_at, end_reason)
       VALUES ('gs-' || $1, sha256(convert_to($2, 'UTF8')), $1, $3, 'eq-game', 'EUR', interval '30 minutes',
               now() + CASE WHEN $4 = 'F' THEN interval '-1 second' ELSE interval '1 hour' END,
               CASE WHEN $4 = 'E' THEN now() END, CASE WHEN $4 = 'E' THEN 'LOGOUT' END)`,
      [twin.players[role], tokenOf(twin, role), twin.provider, role],
    );
  }
}

/** The calls as WalletCallBatcher sends them to wallet_apply_batch: named fields. */
function callsOf(twin: Twin, calls: ScriptCall[]) {
  return calls.map((c, ord) => {
    const common = {
      ord,
      kind: c.kind,
      providerId: twin.provider,
      transactionId: c.tx,
      requestHash: `hash-${c.kind}-${c.tx}-${c.amount ?? c.ref}`,
      playerId: twin.players[c.player],
      currency: c.currency ?? 'EUR',
      roundId: c.round,
      gameId: c.game ?? 'eq-game',
    };
    if (c.kind === 'ROLLBACK') return { ...common, referenceTransactionId: c.ref };
    const stake = { ...common, amountMinor: c.amount, roundFinished: c.finished ?? false };
    if (c.kind === 'WIN') return { ...stake, winKind: c.winKind ?? 'ROUND' };
    return { ...stake, sessionToken: tokenOf(twin, c.token ?? c.player) };
  });
}

/** Applies one batch of the script as the twin does: whole, or call by call; the outcomes in call order. */
async function applyScriptBatch(tx: DbClient, twin: Twin, calls: ScriptCall[]) {
  const sql = 'SELECT ord, cash_now_minor, bonus_now_minor, (outcome).* FROM wallet_apply_batch($1)';
  if (twin.mode === 'batch') {
    const { rows } = await tx.query(sql, [JSON.stringify(callsOf(twin, calls))]);
    return rows.sort((a, b) => a.ord - b.ord).map(({ ord: _ord, ...row }) => row);
  }
  const outcomes = [];
  for (const call of callsOf(twin, calls)) {
    const { rows } = await tx.query(sql, [JSON.stringify([{ ...call, ord: 0 }])]);
    const { ord: _ord, ...row } = rows[0];
    outcomes.push(row);
  }
  return outcomes;
}

/** Replaces a twin's ids with names both twins share; ledger transaction ids by order of first appearance. */
function normaliser(twin: Twin, ledgerIds: Map<number, string>, accounts: Map<number, string>) {
  const replacements: [string, string][] = [
    [twin.provider, '<provider>'],
    ...Object.entries(twin.players).map(([role, id]) => [id, `<${role}>`] as [string, string]),
  ];
  const text = (s: string) => replacements.reduce((acc, [from, to]) => acc.split(from).join(to), s);
  const ledger = (id: unknown) => {
    if (id === null || id === undefined) return id;
    const n = Number(id);
    if (!ledgerIds.has(n)) ledgerIds.set(n, `L${ledgerIds.size + 1}`);
    return ledgerIds.get(n);
  };
  const account = (id: unknown) => accounts.get(Number(id)) ?? `unknown account ${String(id)}`;
  const value = (v: unknown): unknown => {
    if (typeof v === 'string') return text(v);
    if (Array.isArray(v)) return v.map(value);
    if (v instanceof Date) return v.toISOString();
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, value(x)]));
    return v;
  };
  return { text, ledger, account, value };
}

async function accountNames(tx: DbClient, twin: Twin): Promise<Map<number, string>> {
  const { rows } = await tx.query<{ account_id: number; code: string }>(
    `SELECT account_id, code FROM ledger_accounts
     WHERE player_id = ANY($1) OR code LIKE 'game:' || $2 || ':%' OR code = 'bonus:cost:EUR'`,
    [Object.values(twin.players), twin.provider],
  );
  const n = normaliser(twin, new Map(), new Map());
  return new Map(rows.map((r) => [r.account_id, n.text(r.code)]));
}

/** Runs the script through one twin: the outcome rows per batch, then everything the wallet wrote. */
async function run(tx: DbClient, twin: Twin) {
  const ledgerIds = new Map<number, string>();
  const outcomes: unknown[] = [];
  const accounts = new Map<number, string>();
  for (const calls of script) {
    const rows = await applyScriptBatch(tx, twin, calls);
    // Operator accounts may be created by a batch: name them once it has run.
    for (const [id, name] of await accountNames(tx, twin)) accounts.set(id, name);
    const n = normaliser(twin, ledgerIds, accounts);
    outcomes.push(
      rows.map(({ ledger_transaction_id, ...row }) => ({
        ...(n.value(row) as Record<string, unknown>),
        ledger_transaction_id: n.ledger(ledger_transaction_id),
      })),
    );
  }
  const n = normaliser(twin, ledgerIds, accounts);
  const players = Object.values(twin.players);

  const ledger = await tx.query(
    `SELECT transaction_id, idempotency_key, kind, player_id, details FROM ledger_transactions
     WHERE player_id = ANY($1) AND kind <> 'DEPOSIT' ORDER BY transaction_id`,
    [players],
  );
  const postings = await tx.query(
    `SELECT p.transaction_id, p.account_id, p.amount_minor, p.currency
     FROM ledger_postings p JOIN ledger_transactions t USING (transaction_id)
     WHERE t.player_id = ANY($1) AND t.kind <> 'DEPOSIT' ORDER BY p.posting_id`,
    [players],
  );
  const outbox = await tx.query(
    `SELECT o.message_key, o.topic, o.event_type, o.payload FROM outbox_events o
     JOIN ledger_transactions t ON t.transaction_id = (o.payload->'payload'->>'transactionId')::BIGINT
     WHERE o.event_type = 'wallet.transaction.posted' AND t.player_id = ANY($1) AND t.kind <> 'DEPOSIT'
     ORDER BY o.id`,
    [players],
  );
  const providerRows = await tx.query(
    `SELECT * FROM wallet_provider_transactions WHERE provider_id = $1 ORDER BY provider_tx_id`,
    [twin.provider],
  );
  const rounds = await tx.query(
    `SELECT provider_id, round_id, player_id, cash_staked_minor, bonus_staked_minor, settled, finished, open_bets,
            opened_at
     FROM game_rounds WHERE provider_id = $1 ORDER BY round_id, player_id`,
    [twin.provider],
  );
  const balances = await tx.query(
    `SELECT code, balance_minor FROM ledger_accounts WHERE player_id = ANY($1) ORDER BY code`,
    [players],
  );
  const operatorTotals = await tx.query(
    `SELECT a.code, sum(p.amount_minor)::BIGINT AS total
     FROM ledger_postings p JOIN ledger_accounts a USING (account_id)
     JOIN ledger_transactions t USING (transaction_id)
     WHERE t.player_id = ANY($1) AND a.player_id IS NULL GROUP BY a.code ORDER BY a.code`,
    [players],
  );

  return {
    outcomes,
    ledger: ledger.rows.map((r): Record<string, unknown> => ({
      ...(n.value(r) as Record<string, unknown>),
      transaction_id: n.ledger(r.transaction_id),
      details: {
        ...(n.value(r.details) as Record<string, unknown>),
        reversesLedgerTransactionId: n.ledger(r.details.reversesLedgerTransactionId),
      },
    })),
    postings: postings.rows.map((r) => ({
      transaction_id: n.ledger(r.transaction_id),
      account: n.account(r.account_id),
      amount_minor: r.amount_minor,
      currency: r.currency,
    })),
    outbox: outbox.rows.map((r) => {
      const { eventId, occurredAt, payload, ...envelope } = r.payload;
      expect(eventId).toMatch(/^[0-9a-f-]{36}$/);
      expect(occurredAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      return {
        message_key: n.text(r.message_key),
        topic: r.topic,
        event_type: r.event_type,
        envelope: n.value(envelope),
        payload: {
          ...(n.value(payload) as Record<string, unknown>),
          transactionId: n.ledger(payload.transactionId),
          accountIds: (payload.accountIds as number[]).map(n.account),
          details: {
            ...(n.value(payload.details) as Record<string, unknown>),
            reversesLedgerTransactionId: n.ledger(payload.details.reversesLedgerTransactionId),
          },
        },
      };
    }),
    providerRows: providerRows.rows.map(({ ledger_transaction_id, ...row }) => ({
      ...(n.value(row) as Record<string, unknown>),
      ledger_transaction_id: n.ledger(ledger_transaction_id),
    })),
    rounds: rounds.rows.map((r) => n.value(r)),
    balances: balances.rows.map((r) => n.value(r)),
    operatorTotals: operatorTotals.rows.map((r) => n.value(r)),
  };
}

describe('wallet_apply_batch, the one bet path', () => {
  it('raises for a rollback that names its own id, so the batcher never records it', async () => {
    const tx = await db.connect();
    try {
      await tx.query('BEGIN');
      const players = await fundPlayers(tx, `${randomUUID().slice(0, 8)}-self`);
      const twin: Twin = { label: 'self', provider: `eq-self-${randomUUID()}`, players, mode: 'batch' };
      await openSessions(tx, twin);
      const calls = [bet('A', 's1', 10, 'rs'), rollback('A', 's2', 's2', 'rs')];
      const error = await tx.query('SELECT * FROM wallet_apply_batch($1)', [JSON.stringify(callsOf(twin, calls))]).then(
        () => 'no error',
        (err: { code?: string }) => err.code,
      );
      expect(error).toBe('40001');
    } finally {
      await tx.query('ROLLBACK');
      tx.release();
    }
  });

  it('answers and writes exactly what the same calls do one by one, as batches of one', async () => {
    const tx = await db.connect();
    const runId = randomUUID().slice(0, 8);
    try {
      await tx.query('BEGIN');
      const twins: Twin[] = [];
      for (const mode of ['one-by-one', 'batch'] as const) {
        const players = await fundPlayers(tx, `${runId}-${mode}`);
        twins.push({ label: mode, provider: `eq-${runId}-${mode}`, players, mode });
        await openSessions(tx, twins.at(-1)!);
      }
      const [single, batched] = [await run(tx, twins[0]!), await run(tx, twins[1]!)];

      // The script covers what it claims to (so a silent no-op cannot pass).
      const statuses = (single.outcomes.flat() as { status: string; error_code: string | null }[]).map(
        (o) => `${o.status}:${o.error_code ?? ''}`,
      );
      expect(new Set(statuses)).toEqual(
        new Set([
          'OK:',
          'FAILED:INSUFFICIENT_FUNDS',
          'FAILED:PLAYER_BLOCKED',
          'FAILED:GAME_SESSION_TOKEN_INVALID',
          'FAILED:GAME_SESSION_ENDED',
          'FAILED:GAME_SESSION_EXPIRED',
          'FAILED:GAME_NOT_OFFERED',
          'FAILED:PROVIDER_NOT_IN_BRAND',
          'REJECTED:UNKNOWN_PLAYER',
          'REJECTED:CURRENCY_MISMATCH:EUR',
          'REJECTED:DUPLICATE_TRANSACTION_ID',
          'FAILED:UNKNOWN_TRANSACTION',
          'TOMBSTONE:ROLLED_BACK_BEFORE_ARRIVAL',
          'FAILED:ROUND_ALREADY_SETTLED',
          'FAILED:NOT_A_BET_OF_THIS_PLAYER',
          'FAILED:ROUND_NOT_FOUND',
          'FAILED:ROUND_FINISHED',
          'FAILED:ROUND_ROLLED_BACK',
          'FAILED:ROUND_MISMATCH',
        ]),
      );
      expect(single.postings.some((p) => p.account.includes('bonus:cost'))).toBe(true);
      expect(single.postings.filter((p) => /:(free-round|jackpot|promo):EUR$/.test(p.account))).toHaveLength(3);
      expect(single.ledger.filter((t) => t.kind === 'ROLLBACK')).toHaveLength(3);

      // A batch applies its calls by player, then arrival, so its ledger rows are written in another order than
      // one by one: the rows are compared as sets (ledger ids are named by the outcomes that report them).
      const sorted = <T>(rows: T[]) => [...rows].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
      expect(batched.outcomes).toEqual(single.outcomes);
      expect(sorted(batched.ledger)).toEqual(sorted(single.ledger));
      expect(sorted(batched.postings)).toEqual(sorted(single.postings));
      expect(sorted(batched.outbox)).toEqual(sorted(single.outbox));
      expect(batched.providerRows).toEqual(single.providerRows);
      expect(batched.rounds).toEqual(single.rounds);
      expect(batched.balances).toEqual(single.balances);
      expect(batched.operatorTotals).toEqual(single.operatorTotals);
    } finally {
      await tx.query('ROLLBACK');
      tx.release();
    }
  });
});
