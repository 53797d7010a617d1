import { createHash } from 'node:crypto';
import { withTransaction, type Db, type DbClient, type Queryable } from '../../platform/db';

/** The `prev_hash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** One thing that happened, as the caller describes it; the log adds the id, the time and the hashes. */
export interface AuditEntryInput {
  /** A staff id, 'system' (a workflow step), a player id, or 'anonymous' (a login nobody was proven to be). */
  actor: string;
  /** Dotted, lower case: `auth.login.succeeded`, `withdrawal.approve`, `workflow.approval`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  reason?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
  sourceIp?: string | null;
}

/** An entry as stored: its fields, its place in the chain and its hash. */
export interface AuditEntry {
  auditId: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
  sourceIp: string | null;
  prevHash: string;
  hash: string;
}

/** The fields an entry's hash covers: all of them but the hashes. */
export type HashedFields = Omit<AuditEntry, 'prevHash' | 'hash'>;

/** JSON with object keys sorted at every level: the same value always serialises to the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A value as JSONB will give it back (dates as strings, undefined members dropped), so what is hashed is what is stored. */
const asStoredJson = (value: unknown): unknown => (value === undefined ? null : JSON.parse(JSON.stringify(value)));

/**
 * What the hash covers after the previous hash and the id: a comma, the canonical JSON of every other field in
 * order, and the closing bracket. With `[` and the id in front, it is the canonical JSON of all the fields as one
 * array. Split so that SQL (sql/functions/audit_append.sql) can put the id in, which it takes under the chain lock.
 */
function hashedTail(entry: Omit<HashedFields, 'auditId'>): string {
  const fields = [
    entry.at,
    entry.actor,
    entry.action,
    entry.entityType,
    entry.entityId,
    entry.reason,
    entry.before,
    entry.after,
    entry.requestId,
    entry.sourceIp,
  ];
  return `,${fields.map(canonicalJson).join(',')}]`;
}

/** The entry's hash: SHA-256 over the previous entry's hash and the canonical serialisation of every field. */
export function auditHash(prevHash: string, entry: HashedFields): string {
  return createHash('sha256')
    .update(`${prevHash}\n[${canonicalJson(entry.auditId)}${hashedTail(entry)}`)
    .digest('hex');
}

/**
 * Appends an entry to the audit log inside the caller's transaction `tx`, so it is written if and only if the
 * change it describes is. Locks the chain head until that transaction ends, which keeps the chain linear across
 * every process; call it as the transaction's last statement, so the lock is held as briefly as possible. One
 * round trip: SQL takes the id and hashes under the lock; the hash is checked here against `auditHash`, the
 * verifier's own, and a mismatch rolls the caller's transaction back rather than store an entry that would not verify.
 */
export async function appendAuditEntry(tx: DbClient, input: AuditEntryInput, now = new Date()): Promise<AuditEntry> {
  const fields: Omit<HashedFields, 'auditId'> = {
    at: now.toISOString(),
    actor: input.actor,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    reason: input.reason ?? null,
    before: asStoredJson(input.before),
    after: asStoredJson(input.after),
    requestId: input.requestId ?? null,
    sourceIp: input.sourceIp ?? null,
  };
  const jsonb = (value: unknown) => (value === null ? null : JSON.stringify(value));
  const { rows } = await tx.query<{ auditId: number; prevHash: string; hash: string }>(
    `SELECT entry_id AS "auditId", entry_prev_hash AS "prevHash", entry_hash AS hash
       FROM audit_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      now,
      fields.actor,
      fields.action,
      fields.entityType,
      fields.entityId,
      fields.reason,
      jsonb(fields.before),
      jsonb(fields.after),
      fields.requestId,
      fields.sourceIp,
      hashedTail(fields),
    ],
  );
  const { auditId, prevHash, hash } = rows[0]!;
  const entry = { auditId, ...fields };
  if (auditHash(prevHash, entry) !== hash) {
    throw new Error(`audit entry ${auditId}: the hash SQL computed is not the verifier's; nothing was appended`);
  }
  return { ...entry, prevHash, hash };
}

/** Appends one entry in a transaction of its own, for actions whose effect is not a write of ours (a workflow Update). */
export function recordAudit(db: Db, input: AuditEntryInput): Promise<AuditEntry> {
  return withTransaction(db, (tx) => appendAuditEntry(tx, input));
}

const entryColumns = `audit_id AS "auditId", at, actor, action, entity_type AS "entityType", entity_id AS "entityId",
  reason, before, after, request_id AS "requestId", source_ip AS "sourceIp", prev_hash AS "prevHash", hash`;

const toEntry = <T extends { at: Date }>(row: T): Omit<T, 'at'> & { at: string } => ({
  ...row,
  at: row.at.toISOString(),
});

/** What `verifyAuditChain` found: ok, or the first entry where the chain breaks and why. */
export interface AuditChainReport {
  ok: boolean;
  checked: number;
  lastAuditId: number | null;
  firstBroken?: { auditId: number | null; reason: string };
}

/**
 * Walks the whole chain in order, recomputing every hash: reports the first entry that was changed, or that
 * follows a removed or changed one, and a chain head pointing at an entry that is gone (a deleted tail). Takes
 * any `Queryable`, so it can run inside a transaction that sees uncommitted changes.
 */
export async function verifyAuditChain(db: Queryable, batchSize = 5000): Promise<AuditChainReport> {
  // The head is read first: entries appended while the walk runs come after it and are checked too.
  const { rows: heads } = await db.query<{ lastAuditId: number | null; lastHash: string }>(
    `SELECT last_audit_id AS "lastAuditId", last_hash AS "lastHash" FROM audit_chain_head`,
  );
  const head = heads[0];
  if (!head)
    return { ok: false, checked: 0, lastAuditId: null, firstBroken: { auditId: null, reason: 'no chain head' } };
  let prevHash = GENESIS_HASH;
  let lastAuditId: number | null = null;
  let checked = 0;
  let headSeen = head.lastAuditId === null;
  const broken = (auditId: number | null, reason: string): AuditChainReport => ({
    ok: false,
    checked,
    lastAuditId,
    firstBroken: { auditId, reason },
  });
  for (;;) {
    const after: number = lastAuditId ?? 0;
    const { rows } = await db.query<Omit<AuditEntry, 'at'> & { at: Date }>(
      `SELECT ${entryColumns} FROM audit_log WHERE audit_id > $1 ORDER BY audit_id LIMIT ${batchSize}`,
      [after],
    );
    for (const row of rows.map(toEntry)) {
      if (row.prevHash !== prevHash) {
        return broken(
          row.auditId,
          'its prev_hash is not the previous entry’s hash: an entry before it was removed or rewritten',
        );
      }
      const { prevHash: _prev, hash, ...fields } = row;
      if (auditHash(prevHash, fields) !== hash) return broken(row.auditId, 'its fields do not match its hash');
      if (row.auditId === head.lastAuditId) {
        if (hash !== head.lastHash) return broken(row.auditId, 'the chain head records a different hash for it');
        headSeen = true;
      }
      prevHash = hash;
      lastAuditId = row.auditId;
      checked += 1;
    }
    if (rows.length < batchSize) break;
  }
  if (!headSeen) return broken(head.lastAuditId, 'the chain head names an entry that is missing: the tail was removed');
  return { ok: true, checked, lastAuditId };
}

/** Filters of the audit log views; all optional, combined with AND. An action ending in `*` is a prefix. */
export interface AuditFilter {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

/** An entry as the audit log views list it: with the actor's display name, which the hash does not cover. */
export interface ListedAuditEntry extends AuditEntry {
  /** The display name of the staff member who acted; null for 'system', a player or 'anonymous'. */
  actorName: string | null;
}

/** A page of audit entries matching `filter`, newest first, with the total count for paging. */
export async function listAuditEntries(
  db: Queryable,
  filter: AuditFilter,
): Promise<{ items: ListedAuditEntry[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    where.push(sql.replace('?', `$${params.length}`));
  };
  if (filter.actor) add('actor = ?', filter.actor);
  if (filter.action?.endsWith('*')) add(`starts_with(action, ?)`, filter.action.slice(0, -1));
  else if (filter.action) add('action = ?', filter.action);
  if (filter.entityType) add('entity_type = ?', filter.entityType);
  if (filter.entityId) add('entity_id = ?', filter.entityId);
  if (filter.from) add('at >= ?', filter.from);
  if (filter.to) add('at < ?', filter.to);
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [page, count] = await Promise.all([
    db.query<Omit<ListedAuditEntry, 'at'> & { at: Date }>(
      `SELECT ${entryColumns},
              (SELECT s.display_name FROM staff_users s WHERE s.staff_id = audit_log.actor) AS "actorName"
       FROM audit_log ${whereSql} ORDER BY audit_id DESC LIMIT ${filter.limit} OFFSET ${filter.offset}`,
      params,
    ),
    db.query<{ total: number }>(`SELECT count(*)::BIGINT AS total FROM audit_log ${whereSql}`, params),
  ]);
  return { items: page.rows.map(toEntry), total: count.rows[0]?.total ?? 0 };
}

const CSV_COLUMNS: (keyof AuditEntry)[] = [
  'auditId',
  'at',
  'actor',
  'action',
  'entityType',
  'entityId',
  'reason',
  'before',
  'after',
  'requestId',
  'sourceIp',
  'prevHash',
  'hash',
];

/**
 * One CSV cell (RFC 4180). A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a
 * leading apostrophe, so an exported log cannot attack whoever opens it.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : canonicalJson(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The entries as CSV with a header row; JSON columns hold canonical JSON, hashes included for offline checks. */
export function auditEntriesAsCsv(entries: readonly AuditEntry[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const entry of entries) lines.push(CSV_COLUMNS.map((column) => csvCell(entry[column])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
