import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// The dependency gate of `npm test`: `npm audit --omit=dev` against an allowlist (audit-allowlist.json) whose every
// entry says why it is accepted and until when. Three outcomes, never confused: checked and clean (or every finding
// accepted); checked with a finding nobody accepted (fails); or not checked at all, because the advisory source did
// not answer. The last one fails too, unless the allowlist acknowledges it with a reason and a review date, and then
// it is announced as NOT CHECKED, never as a pass.

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

export const allowlistSchema = z.strictObject({
  advisories: z.array(
    z.strictObject({
      /** The advisory: its GHSA id (or npm's numeric source id when it has none). */
      id: z.string().min(1),
      package: z.string().min(1),
      why: z.string().min(20, 'say why the finding is accepted (at least 20 characters)'),
      reviewBy: isoDate,
    }),
  ),
  /** Accepts, until `reviewBy`, that the advisory source cannot be reached from where the gate runs. */
  unreachableSource: z.strictObject({ why: z.string().min(20), reviewBy: isoDate }).optional(),
});
export type Allowlist = z.infer<typeof allowlistSchema>;

/** One advisory against one installed runtime package, as npm audit reports it. */
export interface Finding {
  id: string;
  package: string;
  severity: string;
  title: string;
  url: string;
}

/** What `npm audit --json` answered: findings, or why it could not check. */
export type AuditAnswer = { kind: 'report'; findings: Finding[] } | { kind: 'unreachable'; reason: string };

const advisorySchema = z.object({
  source: z.union([z.number(), z.string()]),
  name: z.string(),
  title: z.string().default(''),
  url: z.string().default(''),
  severity: z.string().default('unknown'),
});
const reportSchema = z.object({
  auditReportVersion: z.literal(2),
  vulnerabilities: z.record(z.string(), z.object({ via: z.array(z.unknown()) })),
});

/** Reads `npm audit --json`'s output: an audit report (version 2), or anything else as an unreachable source. */
export function readAuditOutput(stdout: string): AuditAnswer {
  let json: unknown;
  try {
    json = JSON.parse(stdout);
  } catch {
    return { kind: 'unreachable', reason: `npm audit printed no JSON: ${stdout.trim().slice(0, 200) || '(nothing)'}` };
  }
  const report = reportSchema.safeParse(json);
  if (!report.success) {
    const message = (json as { message?: unknown; error?: { summary?: unknown } }).message;
    return { kind: 'unreachable', reason: typeof message === 'string' ? message : JSON.stringify(json).slice(0, 200) };
  }
  const findings = new Map<string, Finding>();
  for (const { via } of Object.values(report.data.vulnerabilities)) {
    // A string in `via` names the vulnerable package this one depends on: that package has its own entry.
    for (const advisory of via) {
      const parsed = advisorySchema.safeParse(advisory);
      if (!parsed.success) continue;
      const { source, name, title, url, severity } = parsed.data;
      const id = /GHSA(-[23456789cfghjmpqrvwx]{4}){3}/.exec(url)?.[0] ?? String(source);
      findings.set(`${id} ${name}`, { id, package: name, severity, title, url });
    }
  }
  return { kind: 'report', findings: [...findings.values()] };
}

/** The gate's verdict: whether `npm test` may go on, and the lines that say why. */
export interface AuditVerdict {
  outcome: 'clean' | 'refused' | 'not-checked-accepted' | 'not-checked';
  pass: boolean;
  lines: string[];
  summary: { source: 'checked' | 'unreachable'; findings: number; accepted: number; refused: number };
}

export function judgeAudit(answer: AuditAnswer, allowlist: Allowlist, today: string): AuditVerdict {
  if (answer.kind === 'unreachable') {
    const ack = allowlist.unreachableSource;
    const summary = { source: 'unreachable', findings: 0, accepted: 0, refused: 0 } as const;
    const banner = `ADVISORY SOURCE UNREACHABLE: dependencies were NOT checked for known vulnerabilities (${answer.reason})`;
    if (ack && ack.reviewBy >= today) {
      const accepted = `accepted until ${ack.reviewBy} by audit-allowlist.json: ${ack.why}`;
      return { outcome: 'not-checked-accepted', pass: true, lines: [banner, accepted], summary };
    }
    const why = ack
      ? `audit-allowlist.json accepted this until ${ack.reviewBy} only: review it`
      : 'run the gate where the registry answers, or record why not in audit-allowlist.json (unreachableSource)';
    return { outcome: 'not-checked', pass: false, lines: [banner, why], summary };
  }
  const lines: string[] = [];
  let accepted = 0;
  let refused = 0;
  for (const finding of answer.findings) {
    const what = `${finding.id} in ${finding.package} (${finding.severity}): ${finding.title} ${finding.url}`.trim();
    const entry = allowlist.advisories.find((a) => a.id === finding.id && a.package === finding.package);
    if (entry && entry.reviewBy >= today) {
      accepted += 1;
      lines.push(`accepted until ${entry.reviewBy}: ${what} (${entry.why})`);
    } else {
      refused += 1;
      lines.push(entry ? `REFUSED, its acceptance ended ${entry.reviewBy}: ${what}` : `REFUSED: ${what}`);
    }
  }
  for (const entry of allowlist.advisories) {
    if (!answer.findings.some((f) => f.id === entry.id && f.package === entry.package))
      lines.push(`no longer needed in audit-allowlist.json: ${entry.id} in ${entry.package}`);
  }
  const summary = { source: 'checked', findings: answer.findings.length, accepted, refused } as const;
  if (refused === 0) lines.unshift(`npm audit --omit=dev: ${answer.findings.length} finding(s), none refused`);
  return { outcome: refused ? 'refused' : 'clean', pass: refused === 0, lines, summary };
}

const root = path.resolve(__dirname, '..');

/** The allowlist at the repository's root, validated. */
export function readAllowlist(file = path.join(root, 'audit-allowlist.json')): Allowlist {
  return allowlistSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Runs `npm audit --omit=dev --json` in the repository (a minute at most: a hanging registry is unreachable). */
export function runNpmAudit(): AuditAnswer {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  if (result.error) return { kind: 'unreachable', reason: result.error.message };
  return readAuditOutput(result.stdout);
}
