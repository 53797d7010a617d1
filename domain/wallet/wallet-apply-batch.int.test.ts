import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../platform/config';
import { createPool, type DbClient } from '../../platform/db';

// The set-based wallet_apply_batch (migrations/1764115200007) against the per-call one it replaces
// (migrations/1764115200004, which applies each call through wallet_bet / wallet_win / wallet_rollback): the same
// batches, on twin players and twin providers, must give the same outcome rows and leave the same ledger behind.
// Everything runs in one transaction that is rolled back, on the real Postgres of the running stack; both
// functions are created inside it from the migration files, so the test checks the files, whatever the shared
// database has applied, and leaves nothing behind.

const db = createPool(loadConfig().databaseUrl, 1);
afterAll(() => db.end());

const migrations = path.join(__dirname, '..', '..', 'migrations');
const upSection = (file: string) => {
  const sql = readFileSync(path.join(migrations, file), 'utf8');
  return sql.slice(sql.indexOf('-- Up Migration'), sql.indexOf('-- Down Migration'));
};
const setBasedSql = upSection('1764115200007_wallet-batches-set-based.sql');
const perCallSql = upSection('1764115200004_wallet-batches.sql').replace(
  'CREATE FUNCTION wallet_apply_batch(',
  'CREATE FUNCTION pg_temp.wallet_apply_batch_per_call(',
);

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
}

const bet = (player: string, tx: string, amount: number, round: string, extra: Partial<ScriptCall> = {}) =>
  ({ kind: 'BET', player, tx, amount, round, ...extra }) as ScriptCall;
const win = (player: string, tx: string, amount: number, round: string, finished = false) =>
  ({ kind: 'WIN', player, tx, amount, round, finished }) as ScriptCall;
const rollback = (player: string, tx: string, ref: string, round: string) =>
  ({ kind: 'ROLLBACK', player, tx, ref, round }) as ScriptCall;

/** Funding per role: A has cash and bonus money, B little cash, C is blocked, D is a second ordinary player. */
const roles = {
  A: { cash: 1_000, bonus: 500 },
  B: { cash: 300, bonus: 0 },
  C: { cash: 1_000, bonus: 0 },
  D: { cash: 1_000, bonus: 0 },
};

const script: ScriptCall[][] = [
  [
    bet('A', 'a1', 700, 'r1'), // all cash
    bet('D', 'd1', 100, 'r2'),
    bet('A', 'a2', 700, 'r1'), // 300 cash, 400 bonus
    bet('A', 'a1', 700, 'r1'), // a repeat within the batch: the first outcome
    bet('B', 'b1', 500, 'rb1'), // insufficient funds
    bet('C', 'c1', 100, 'rc1'), // blocked
    win('C', 'c2', 50, 'rc1', true), // a blocked player's win is paid
    bet('NOBODY', 'n1', 100, 'rn1'),
    bet('A', 'a3', 100, 'r1', { currency: 'GBP' }),
    rollback('A', 'a4', 'a-late', 'r9'), // unknown bet: tombstone
    bet('A', 'a-late', 100, 'r9'), // the late bet is refused by its tombstone
    win('D', 'd2', 0, 'r2', true), // a zero payout closes the round, no ledger transaction
    win('A', 'a5', 1_000, 'r1'), // 1000:400 of 1000 is 714.3 and 285.7: rounding goes to cash
    bet('A', 'a6', 5_000, 'r6'), // insufficient funds after the win
  ],
  [
    bet('A', 'a2', 700, 'r1'), // a repeat across batches
    bet('B', 'b1', 500, 'rb1'), // a refused bet stays refused
    bet('D', 'd3', 200, 'r3'),
    rollback('D', 'd4', 'd3', 'r3'), // reverses a bet of the same batch
    bet('D', 'd3', 200, 'r3'), // its repeat now shows it rolled back
    rollback('D', 'd5', 'd3', 'r3'), // nothing more to reverse
    rollback('A', 'a7', 'a1', 'r1'), // the round has a win
    rollback('A', 'a8', 'd1', 'r2'), // another player's bet
    rollback('A', 'a9', 'a5', 'r1'), // a win, not a bet
    rollback('A', 'a10', 'a-late', 'r9'), // a tombstone
    rollback('B', 'b2', 'b1', 'rb1'), // a failed bet moved nothing
    bet('A', 'a11', 0, 'r5'), // a zero stake
    bet('A', 'a12', 1_000, 'r7'), // cash and bonus
    bet('D', 'd6', 300, 'r4'),
    bet('B', 'b3', 300, 'rb2', { finished: true }), // all of B's cash
    bet('C', 'c3', 10, 'rc2', { currency: 'GBP' }),
  ],
  [
    rollback('D', 'd7', 'd6', 'r4'), // reverses a stored bet
    rollback('A', 'a13', 'a12', 'r7'), // a stored bet with cash and bonus parts
    rollback('A', 'a14', 'a11', 'r5'), // a zero stake: nothing posted, still flagged
    rollback('A', 'a13', 'a12', 'r7'), // a repeated rollback id
    bet('A', 'a7', 1, 'r1'), // an id taken by a rollback: its row
    win('A', 'a15', 333, 'r8', true), // no stake in the round: all cash
    win('B', 'b4', 77, 'rb2'), // B's round was all cash
    bet('D', 'd8', 400, 'r10'),
    win('D', 'd9', 900, 'r10', true),
    rollback('D', 'd10', 'd8', 'r10'), // settled
    bet('NOBODY', 'n2', 1, 'rn2'),
    bet('D', 'd12', 50, 'r1'), // another player's round: its stake grows, as wallet_bet does it
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
  fn: string;
}

async function fundPlayers(tx: DbClient, label: string): Promise<Record<string, string>> {
  const players: Record<string, string> = { NOBODY: `eq-${label}-Z-nobody` };
  for (const [role, funding] of Object.entries(roles)) {
    const playerId = `eq-${label}-${role}`;
    players[role] = playerId;
    await tx.query(
      `INSERT INTO players (player_id, brand, jurisdiction, currency, date_of_birth, status)
       VALUES ($1, 'equivalence', 'MT', 'EUR', '1990-01-01', $2)`,
      [playerId, role === 'C' ? 'BLOCKED' : 'ACTIVE'],
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
        `SELECT ledger_post_postings($1, 'DEPOSIT', $2, 'EUR', '{}',
           ARRAY[(SELECT account_id FROM ledger_accounts WHERE player_id = $2 AND kind = $3),
                 ledger_operator_account('psp:equivalence:clearing:EUR', 'PSP_CLEARING', 'EUR')],
           ARRAY[$4::BIGINT, -$4::BIGINT])`,
        [`eq-fund-${label}-${role}-${kind}`, playerId, kind, amount],
      );
    }
  }
  return players;
}

/** The JSON wallet_apply_batch takes, exactly as WalletCallBatcher builds it. */
function batchJson(twin: Twin, calls: ScriptCall[]): string {
  return JSON.stringify(
    calls.map((c, ord) => {
      const common = [twin.provider, c.tx, `hash-${c.kind}-${c.tx}`, twin.players[c.player], c.currency ?? 'EUR'];
      const args =
        c.kind === 'ROLLBACK'
          ? [...common, c.ref, c.round, 'eq-game']
          : [...common, c.amount, c.round, 'eq-game', c.finished ?? false];
      return { ord, kind: c.kind, args };
    }),
  );
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
     WHERE player_id = ANY($1) OR code IN ('game:' || $2 || ':revenue:EUR', 'bonus:cost:EUR')`,
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
    const { rows } = await tx.query(`SELECT ord, (outcome).* FROM ${twin.fn}($1)`, [batchJson(twin, calls)]);
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
    `SELECT provider_id, round_id, player_id, cash_staked_minor, bonus_staked_minor, settled, finished, opened_at
     FROM game_rounds WHERE provider_id = $1 ORDER BY round_id`,
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

describe('wallet_apply_batch, set-based', () => {
  it('raises, as the per-call batch does, for a rollback that names its own id', async () => {
    const tx = await db.connect();
    try {
      await tx.query('BEGIN');
      await tx.query(perCallSql);
      await tx.query(setBasedSql);
      const players = await fundPlayers(tx, `${randomUUID().slice(0, 8)}-self`);
      const messages: string[] = [];
      for (const fn of ['pg_temp.wallet_apply_batch_per_call', 'wallet_apply_batch']) {
        const twin: Twin = { label: 'self', provider: `eq-self-${randomUUID()}`, players, fn };
        await tx.query('SAVEPOINT call');
        const calls = [bet('A', 's1', 10, 'rs'), rollback('A', 's2', 's2', 'rs')];
        await tx.query(`SELECT * FROM ${fn}($1)`, [batchJson(twin, calls)]).then(
          () => messages.push('no error'),
          (err: { code?: string }) => messages.push(err.code ?? 'no code'),
        );
        await tx.query('ROLLBACK TO SAVEPOINT call');
      }
      expect(messages).toEqual(['40001', '40001']);
    } finally {
      await tx.query('ROLLBACK');
      tx.release();
    }
  });

  it('answers and writes exactly what the per-call functions do, call for call', async () => {
    const tx = await db.connect();
    const runId = randomUUID().slice(0, 8);
    try {
      await tx.query('BEGIN');
      await tx.query(perCallSql);
      await tx.query(setBasedSql);
      const twins: Twin[] = [];
      for (const [label, fn] of [
        ['percall', 'pg_temp.wallet_apply_batch_per_call'],
        ['setbased', 'wallet_apply_batch'],
      ] as const) {
        const players = await fundPlayers(tx, `${runId}-${label}`);
        twins.push({ label, provider: `eq-${runId}-${label}`, players, fn });
      }
      const [perCall, setBased] = [await run(tx, twins[0]!), await run(tx, twins[1]!)];

      // The script covers what it claims to (so a silent no-op cannot pass).
      const statuses = (perCall.outcomes.flat() as { status: string; error_code: string | null }[]).map(
        (o) => `${o.status}:${o.error_code ?? ''}`,
      );
      expect(new Set(statuses)).toEqual(
        new Set([
          'OK:',
          'FAILED:INSUFFICIENT_FUNDS',
          'FAILED:PLAYER_BLOCKED',
          'REJECTED:UNKNOWN_PLAYER',
          'REJECTED:CURRENCY_MISMATCH:EUR',
          'FAILED:UNKNOWN_TRANSACTION',
          'TOMBSTONE:ROLLED_BACK_BEFORE_ARRIVAL',
          'FAILED:ROUND_ALREADY_SETTLED',
          'FAILED:NOT_A_BET_OF_THIS_PLAYER',
        ]),
      );
      expect(perCall.postings.some((p) => p.account.includes('bonus:cost'))).toBe(true);
      expect(perCall.ledger.filter((t) => t.kind === 'ROLLBACK')).toHaveLength(3);

      expect(setBased.outcomes).toEqual(perCall.outcomes);
      expect(setBased.ledger).toEqual(perCall.ledger);
      expect(setBased.postings).toEqual(perCall.postings);
      expect(setBased.outbox).toEqual(perCall.outbox);
      expect(setBased.providerRows).toEqual(perCall.providerRows);
      expect(setBased.rounds).toEqual(perCall.rounds);
      expect(setBased.balances).toEqual(perCall.balances);
      expect(setBased.operatorTotals).toEqual(perCall.operatorTotals);
    } finally {
      await tx.query('ROLLBACK');
      tx.release();
    }
  });
});
