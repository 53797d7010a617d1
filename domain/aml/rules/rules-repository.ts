import { z } from 'zod';
import starterRules from '../../../config/aml-starter-rules.json';
import { AML_SEVERITIES, type AmlSeverity } from '../../../contracts/aml';
import { withTransaction, type Db, type Queryable } from '../../../platform/db';
import { appendAuditEntry, type AuditEntryInput } from '../../admin/audit-log';
import { compileRule, type CompiledRule, type RuleDefinition } from './rule-definition';

/** Thrown when a rule (or one of its versions) does not exist. */
export class AmlRuleNotFoundError extends Error {
  constructor(
    readonly ruleId: string,
    readonly version?: number,
  ) {
    super(version === undefined ? `No AML rule ${ruleId}` : `No version ${version} of AML rule ${ruleId}`);
    this.name = 'AmlRuleNotFoundError';
  }
}

/** One version of a rule as the API shows it. */
export interface AmlRuleVersion {
  ruleId: string;
  version: number;
  definition: RuleDefinition;
  description: string;
  severity: AmlSeverity;
  score: number;
  createdBy: string;
  reason: string;
  createdAt: string;
  live: boolean;
}

/** A live rule version, compiled, as the monitor evaluates it. */
export interface LiveRule {
  ruleId: string;
  version: number;
  severity: AmlSeverity;
  score: number;
  compiled: CompiledRule;
}

const starterRuleSchema = z.array(
  z.object({
    ruleId: z.string(),
    name: z.string(),
    severity: z.enum(AML_SEVERITIES as [AmlSeverity, ...AmlSeverity[]]),
    score: z.number().int(),
    description: z.string(),
    definition: z.unknown(),
  }),
);

/**
 * Seeds the starter rules (config/aml-starter-rules.json) with version 1 live, once: a rule that exists is left as
 * it is (an MLRO may have edited it or taken it off), so this runs at every start of the monitor.
 */
export async function seedStarterRules(db: Db): Promise<number> {
  const rules = starterRuleSchema.parse(starterRules);
  let seeded = 0;
  await withTransaction(db, async (tx) => {
    for (const rule of rules) {
      compileRule(rule.definition); // a broken starter file fails the start, not the first event
      const inserted = await tx.query(
        `INSERT INTO aml_rules (rule_id, name, live_version) VALUES ($1, $2, 1) ON CONFLICT (rule_id) DO NOTHING`,
        [rule.ruleId, rule.name],
      );
      if (!inserted.rowCount) continue;
      await tx.query(
        `INSERT INTO aml_rule_versions (rule_id, version, definition, description, severity, score, created_by, reason)
         VALUES ($1, 1, $2, $3, $4, $5, 'system', 'Starter rule set shipped with the back office')`,
        [rule.ruleId, JSON.stringify(rule.definition), rule.description, rule.severity, rule.score],
      );
      seeded++;
    }
  });
  return seeded;
}

const compiledCache = new Map<string, CompiledRule>();

/** The live version of every rule, compiled (each version once per process: versions never change). */
export async function loadLiveRules(db: Queryable): Promise<LiveRule[]> {
  const { rows } = await db.query<{
    rule_id: string;
    version: number;
    definition: unknown;
    severity: AmlSeverity;
    score: number;
  }>(
    `SELECT v.rule_id, v.version, v.definition, v.severity, v.score
       FROM aml_rules r JOIN aml_rule_versions v ON v.rule_id = r.rule_id AND v.version = r.live_version
      ORDER BY v.rule_id`,
  );
  return rows.map((row) => {
    const key = `${row.rule_id}:${row.version}`;
    let compiled = compiledCache.get(key);
    if (!compiled) {
      compiled = compileRule(row.definition);
      compiledCache.set(key, compiled);
    }
    return { ruleId: row.rule_id, version: row.version, severity: row.severity, score: row.score, compiled };
  });
}

/** One rule in the rule list: its live version and how its alerts were judged. */
export interface AmlRuleSummary {
  ruleId: string;
  name: string;
  liveVersion: number | null;
  versionsCount: number;
  severity: AmlSeverity | null;
  alertsRaised: number;
  truePositives: number;
  falsePositives: number;
  /** TP / (TP + FP) over the alerts whose cases closed; null until one has. */
  precision: number | null;
}

/** Every rule with its live version, its number of versions, alerts raised and precision. */
export async function listAmlRules(db: Queryable): Promise<AmlRuleSummary[]> {
  const { rows } = await db.query<{
    rule_id: string;
    name: string;
    live_version: number | null;
    versions: number;
    severity: AmlSeverity | null;
    alerts: number;
    tp: number;
    fp: number;
  }>(
    `SELECT r.rule_id, r.name, r.live_version,
            (SELECT count(*)::int FROM aml_rule_versions v WHERE v.rule_id = r.rule_id) AS versions,
            (SELECT v.severity FROM aml_rule_versions v WHERE v.rule_id = r.rule_id AND v.version = r.live_version)
              AS severity,
            COALESCE(a.alerts, 0) AS alerts, COALESCE(a.tp, 0) AS tp, COALESCE(a.fp, 0) AS fp
       FROM aml_rules r
       LEFT JOIN (SELECT rule_id, count(*)::int AS alerts,
                         (count(*) FILTER (WHERE disposition = 'TRUE_POSITIVE'))::int AS tp,
                         (count(*) FILTER (WHERE disposition = 'FALSE_POSITIVE'))::int AS fp
                    FROM aml_alerts GROUP BY rule_id) a ON a.rule_id = r.rule_id
      ORDER BY r.name`,
  );
  return rows.map((r) => ({
    ruleId: r.rule_id,
    name: r.name,
    liveVersion: r.live_version,
    versionsCount: r.versions,
    severity: r.severity,
    alertsRaised: r.alerts,
    truePositives: r.tp,
    falsePositives: r.fp,
    precision: r.tp + r.fp === 0 ? null : r.tp / (r.tp + r.fp),
  }));
}

interface VersionRow {
  rule_id: string;
  version: number;
  definition: RuleDefinition;
  description: string;
  severity: AmlSeverity;
  score: number;
  created_by: string;
  reason: string;
  created_at: Date;
  live: boolean;
}
const versionOf = (r: VersionRow): AmlRuleVersion => ({
  ruleId: r.rule_id,
  version: r.version,
  definition: r.definition,
  description: r.description,
  severity: r.severity,
  score: r.score,
  createdBy: r.created_by,
  reason: r.reason,
  createdAt: r.created_at.toISOString(),
  live: r.live,
});
const VERSION_SELECT = `SELECT v.rule_id, v.version, v.definition, v.description, v.severity, v.score, v.created_by,
       v.reason, v.created_at, (r.live_version = v.version) IS TRUE AS live
  FROM aml_rule_versions v JOIN aml_rules r ON r.rule_id = v.rule_id`;

/** One rule with every version, newest first; throws AmlRuleNotFoundError. */
export async function findAmlRule(db: Queryable, ruleId: string) {
  const summary = (await listAmlRules(db)).find((r) => r.ruleId === ruleId);
  if (!summary) throw new AmlRuleNotFoundError(ruleId);
  const { rows } = await db.query<VersionRow>(`${VERSION_SELECT} WHERE v.rule_id = $1 ORDER BY v.version DESC`, [
    ruleId,
  ]);
  return { ...summary, versions: rows.map(versionOf) };
}

/** One version of a rule; throws AmlRuleNotFoundError. */
export async function findAmlRuleVersion(db: Queryable, ruleId: string, version: number): Promise<AmlRuleVersion> {
  const { rows } = await db.query<VersionRow>(`${VERSION_SELECT} WHERE v.rule_id = $1 AND v.version = $2`, [
    ruleId,
    version,
  ]);
  if (!rows[0]) throw new AmlRuleNotFoundError(ruleId, version);
  return versionOf(rows[0]);
}

/** Who acts, for the audit entry written in the same transaction as the change. */
export type AuditContext = Pick<AuditEntryInput, 'actor' | 'requestId' | 'sourceIp'>;

/** What an analyst submits as a new version (of an existing rule, or the first of a new one with its name). */
export interface NewRuleVersion {
  ruleId: string;
  /** Required for a new rule; renames nothing on an existing one. */
  name?: string;
  definition: unknown;
  description: string;
  severity: AmlSeverity;
  score: number;
  reason: string;
}

/**
 * Adds a version (never live by itself: making it live is the MLRO's explicit action). The definition is compiled
 * first, so a version that cannot run is never stored. Throws RuleDefinitionInvalidError, AmlRuleNotFoundError.
 */
export async function createAmlRuleVersion(
  db: Db,
  input: NewRuleVersion,
  audit: AuditContext,
): Promise<AmlRuleVersion> {
  const { definition } = compileRule(input.definition);
  return withTransaction(db, async (tx) => {
    if (input.name) {
      await tx.query('INSERT INTO aml_rules (rule_id, name) VALUES ($1, $2) ON CONFLICT (rule_id) DO NOTHING', [
        input.ruleId,
        input.name,
      ]);
    }
    // Locks the rule so two analysts saving at once get versions n and n+1, not a conflict.
    const rule = await tx.query('SELECT 1 FROM aml_rules WHERE rule_id = $1 FOR UPDATE', [input.ruleId]);
    if (!rule.rowCount) throw new AmlRuleNotFoundError(input.ruleId);
    const { rows } = await tx.query<{ version: number }>(
      `INSERT INTO aml_rule_versions (rule_id, version, definition, description, severity, score, created_by, reason)
       SELECT $1, COALESCE(max(version), 0) + 1, $2, $3, $4, $5, $6, $7 FROM aml_rule_versions WHERE rule_id = $1
       RETURNING version`,
      [
        input.ruleId,
        JSON.stringify(definition),
        input.description,
        input.severity,
        input.score,
        audit.actor,
        input.reason,
      ],
    );
    const created = await findAmlRuleVersion(tx, input.ruleId, rows[0]!.version);
    await appendAuditEntry(tx, {
      ...audit,
      action: 'aml.rule.version.create',
      entityType: 'AmlRule',
      entityId: input.ruleId,
      reason: input.reason,
      after: { version: created.version, definition, severity: input.severity, score: input.score },
    });
    return created;
  });
}

/** Makes a version the one the monitor evaluates; returns the version live before. Throws AmlRuleNotFoundError. */
export async function makeAmlRuleVersionLive(
  db: Db,
  change: { ruleId: string; version: number; reason: string },
  audit: AuditContext,
): Promise<{ previousLiveVersion: number | null }> {
  const { ruleId, version } = change;
  return withTransaction(db, async (tx) => {
    await findAmlRuleVersion(tx, ruleId, version);
    const { rows } = await tx.query<{ live_version: number | null }>(
      'SELECT live_version FROM aml_rules WHERE rule_id = $1 FOR UPDATE',
      [ruleId],
    );
    await tx.query('UPDATE aml_rules SET live_version = $2 WHERE rule_id = $1', [ruleId, version]);
    await appendAuditEntry(tx, {
      ...audit,
      action: 'aml.rule.version.live',
      entityType: 'AmlRule',
      entityId: ruleId,
      reason: change.reason,
      before: { liveVersion: rows[0]!.live_version },
      after: { liveVersion: version },
    });
    return { previousLiveVersion: rows[0]!.live_version };
  });
}
