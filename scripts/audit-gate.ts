import { judgeAudit, readAllowlist, runNpmAudit } from './dependency-audit';

// `npm run audit:deps` (part of `npm test`): npm audit of the runtime dependencies against audit-allowlist.json.
// Exit 0: checked, nothing refused, or the source is unreachable and the allowlist accepts that until its review
// date (said loudly). Exit 1: a finding nobody accepted. Exit 2: not checked, and nothing accepts that.
const verdict = judgeAudit(runNpmAudit(), readAllowlist(), new Date().toISOString().slice(0, 10));
const print = verdict.pass ? console.log : console.error;
verdict.lines.forEach((line) => print(line));
console.log(JSON.stringify({ outcome: verdict.outcome, ...verdict.summary }));
process.exit(verdict.pass ? 0 : verdict.outcome === 'refused' ? 1 : 2);
