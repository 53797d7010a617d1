import type { Express } from 'express';
import { STAFF_ROLES, type StaffRole } from '../contracts/admin';
import { fetchApi } from './support/openapi-conformance';
import { listRoutes } from './support/express-routes';
import { loginAs, type StaffLogin } from './support/staff-login';
import { startTestApp } from './support/test-app';

// Every back-office route, walked from the app's own router, against the table of who may call it. A route the
// table does not list fails this suite: a new endpoint cannot go out without someone deciding who may use it.

type Access = 'public' | 'any staff' | readonly StaffRole[];

const readers: StaffRole[] = [
  'compliance_officer',
  'senior_compliance',
  'payments_ops',
  'cs_agent',
  'risk_analyst',
  'mlro',
  'rg_officer', // rg-core's abilities: an RG officer reads the player, their payments and notes
];
const deciders: StaffRole[] = ['compliance_officer', 'senior_compliance'];
const amlCaseWorkers: StaffRole[] = ['compliance_officer', 'senior_compliance', 'risk_analyst', 'mlro'];
// rg-exclusions:
const rgExclusionReaders: StaffRole[] = ['compliance_officer', 'senior_compliance', 'cs_agent', 'mlro', 'rg_officer'];
// rg-harm: who reads a player's RG file (abilities.ts: read RgIntervention, RgRestriction, RgInteraction).
const rgReaders: StaffRole[] = ['rg_officer', 'cs_agent', 'compliance_officer', 'senior_compliance', 'mlro'];

/** Who may call each back-office route ('METHOD /api/path'), from domain/admin/abilities.ts. */
const expectedAccess: Record<string, Access> = {
  'POST /api/auth/login': 'public',
  'GET /api/openapi.json': 'public',
  'GET /api/docs': 'public',
  'GET /api/docs/reference-init.js': 'public',
  'GET /api/auth/session': 'any staff',
  'POST /api/auth/logout': 'any staff',
  'POST /api/ops/probes': ['payments_ops', 'engineer', 'admin'],
  'GET /api/ops/probes/:probeId': ['payments_ops', 'engineer', 'admin'],
  'GET /api/ops/slo': ['payments_ops', 'engineer', 'admin'],
  'GET /api/players': readers,
  'GET /api/players/:playerId/overview': readers,
  // Unmasked personal data: the roles that decide on a player or investigate them; each reading is audited.
  'GET /api/players/:playerId/personal-data': ['compliance_officer', 'senior_compliance', 'risk_analyst', 'mlro'],
  'GET /api/players/:playerId/ledger': readers,
  'PUT /api/players/:playerId/status': deciders,
  'GET /api/payments': readers,
  'GET /api/payments/withdrawals/queue': readers,
  'GET /api/payments/:paymentId': readers,
  'POST /api/payments/withdrawals': ['payments_ops', 'cs_agent'],
  'POST /api/payments/withdrawals/:paymentId/approve': deciders,
  'POST /api/payments/withdrawals/:paymentId/reject': deciders,
  'POST /api/payments/withdrawals/:paymentId/retry-payout': ['payments_ops'],
  'POST /api/payments/reconciliations': ['payments_ops'],
  // aml-context (issue 15 item 6): working the withdrawal queue is for those who decide; notes for everyone who
  // reads a player; the decision context for those who decide on a player or investigate them.
  'POST /api/payments/withdrawals/:paymentId/claim': deciders,
  'PUT /api/payments/withdrawals/:paymentId/assignee': deciders,
  'GET /api/players/:playerId/notes': readers,
  'POST /api/players/:playerId/notes': readers,
  'GET /api/players/:playerId/decision-context': ['compliance_officer', 'senior_compliance', 'risk_analyst', 'mlro'],
  'GET /api/payments/reconciliations/mismatches': ['payments_ops', 'risk_analyst'],
  'GET /api/audit': ['compliance_officer', 'senior_compliance', 'risk_analyst', 'admin', 'mlro'],
  'GET /api/audit/export.csv': ['risk_analyst', 'admin'],
  'GET /api/staff/colleagues': 'any staff',
  'GET /api/staff': ['admin'],
  'POST /api/staff': ['admin'],
  'PUT /api/staff/:staffId': ['admin'],
  // Not cs_agent: the rules show the deposit levels that trigger due diligence and vulnerability checks.
  'GET /api/jurisdictions': [
    'compliance_officer',
    'senior_compliance',
    'payments_ops',
    'risk_analyst',
    'admin',
    'mlro',
    'rg_officer',
  ],
  'GET /api/kyc/reviews': ['compliance_officer', 'senior_compliance', 'risk_analyst', 'mlro'],
  'GET /api/kyc/reviews/:reviewId': ['compliance_officer', 'senior_compliance', 'risk_analyst', 'mlro'],
  'POST /api/kyc/reviews/:reviewId/decision': deciders,
  // Not cs_agent, for the same reason: a level raised to CDD or EDD tells what the player's deposits triggered.
  'GET /api/kyc/players/:playerId/standing': [
    'compliance_officer',
    'senior_compliance',
    'payments_ops',
    'risk_analyst',
    'mlro',
  ],
  'POST /api/kyc/players/:playerId/source-of-funds/:requestId/clear': deciders,
  // Sanctions and PEP screening: compliance imports the lists; risk analysts read them and the hits too.
  'GET /api/kyc/screening-lists': ['compliance_officer', 'senior_compliance', 'risk_analyst', 'mlro'],
  'GET /api/kyc/screening-lists/versions': ['compliance_officer', 'senior_compliance', 'risk_analyst', 'mlro'],
  'GET /api/kyc/screening-lists/versions/:versionId': [
    'compliance_officer',
    'senior_compliance',
    'risk_analyst',
    'mlro',
  ],
  'GET /api/kyc/screening-lists/versions/:versionId/changes': [
    'compliance_officer',
    'senior_compliance',
    'risk_analyst',
    'mlro',
  ],
  'POST /api/kyc/screening-lists/imports': deciders,
  'GET /api/kyc/screenings/:screeningId/hits': ['compliance_officer', 'senior_compliance', 'risk_analyst', 'mlro'],
  // AML monitoring: analysts propose rule versions and back-test them, only the MLRO makes a version live.
  'GET /api/aml/rules': ['compliance_officer', 'senior_compliance', 'risk_analyst', 'mlro'],
  'GET /api/aml/rules/:ruleId': ['compliance_officer', 'senior_compliance', 'risk_analyst', 'mlro'],
  'POST /api/aml/rules/:ruleId/versions': ['risk_analyst', 'mlro'],
  'POST /api/aml/rules/:ruleId/versions/:version/live': ['mlro'],
  'POST /api/aml/rules/:ruleId/backtests': ['risk_analyst', 'mlro'],
  'GET /api/aml/backtests/:backtestId': ['compliance_officer', 'senior_compliance', 'risk_analyst', 'mlro'],
  'GET /api/aml/alerts': ['compliance_officer', 'senior_compliance', 'risk_analyst', 'mlro'],
  'GET /api/aml/alerts/:alertId': ['compliance_officer', 'senior_compliance', 'risk_analyst', 'mlro'],
  'GET /api/aml/players/:playerId/risk-score': ['compliance_officer', 'senior_compliance', 'risk_analyst', 'mlro'],
  // AML cases (aml-cases): analysts and officers work cases and draft SARs; only the MLRO decides and exports SARs.
  'GET /api/aml/cases': amlCaseWorkers,
  'GET /api/aml/cases/:caseId': amlCaseWorkers,
  'POST /api/aml/cases/:caseId/claim': amlCaseWorkers,
  'POST /api/aml/cases/:caseId/assign': amlCaseWorkers,
  'POST /api/aml/cases/:caseId/investigate': amlCaseWorkers,
  'POST /api/aml/cases/:caseId/escalate': amlCaseWorkers,
  'POST /api/aml/cases/:caseId/close': amlCaseWorkers,
  'POST /api/aml/cases/:caseId/notes': amlCaseWorkers,
  'PUT /api/aml/cases/:caseId/sar': amlCaseWorkers,
  'POST /api/aml/cases/:caseId/sar/approve': ['mlro'],
  'POST /api/aml/cases/:caseId/sar/reject': ['mlro'],
  'GET /api/aml/cases/:caseId/sar/export': ['mlro'],
  // AML record retention: the MLRO and admins read the runs and the dry run; only the MLRO starts a run.
  'GET /api/aml/retention/runs': ['mlro', 'admin'],
  'GET /api/aml/retention/report': ['mlro', 'admin'],
  'POST /api/aml/retention/runs': ['mlro'],
  // rg-limits: RG officers, customer support and compliance read a player's limits; RG officers and customer
  // support lower one on the player's behalf (never raise it).
  'GET /api/players/:playerId/rg/limits': ['compliance_officer', 'senior_compliance', 'cs_agent', 'mlro', 'rg_officer'],
  'PUT /api/players/:playerId/rg/limits/:kind/:period': ['cs_agent', 'rg_officer'],
  // rg-exclusions: RG officers, customer support and compliance read a player's exclusions and scheme checks;
  // RG officers and customer support start one on the player's behalf.
  'GET /api/players/:playerId/rg/exclusions': rgExclusionReaders,
  'POST /api/players/:playerId/rg/exclusions': ['rg_officer', 'cs_agent'],
  'GET /api/players/:playerId/rg/scheme-checks': rgExclusionReaders,
  // rg-harm: RG officers work interventions and restrictions; support reads them and logs a customer's contact.
  'GET /api/rg/interventions': rgReaders,
  'GET /api/rg/interventions/:playerId/:n': rgReaders,
  'POST /api/rg/interventions/:playerId/:n/claim': ['rg_officer'],
  'POST /api/rg/interventions/:playerId/:n/interactions': ['rg_officer'],
  'POST /api/rg/interventions/:playerId/:n/escalate': ['rg_officer'],
  'POST /api/rg/interventions/:playerId/:n/resolve': ['rg_officer'],
  'GET /api/players/:playerId/rg/harm': rgReaders,
  'GET /api/players/:playerId/rg/restrictions': rgReaders,
  'POST /api/players/:playerId/rg/restrictions': ['rg_officer'],
  'POST /api/players/:playerId/rg/restrictions/:restrictionId/lift': ['rg_officer'],
  'GET /api/players/:playerId/rg/interactions': rgReaders,
  'POST /api/players/:playerId/rg/interactions': ['rg_officer', 'cs_agent'],
  'GET /api/players/:playerId/rg/vulnerability-checks': rgReaders,
};

/** Valid-looking ids of things that do not exist, so an allowed call ends in a 404 or 400, never a side effect. */
const sampleParams: Record<string, string> = {
  probeId: 'pr_01KAAAAAAAAAAAAAAAAAAAAAAA',
  playerId: 'pl_01KAAAAAAAAAAAAAAAAAAAAAAA',
  paymentId: 'wd_01KAAAAAAAAAAAAAAAAAAAAAAA',
  staffId: 'st_01KAAAAAAAAAAAAAAAAAAAAAAA',
  reviewId: 'kyc-review:00000000-0000-0000-0000-000000000000',
  requestId: 'sof_01KAAAAAAAAAAAAAAAAAAAAAAA',
  versionId: 'slv_01KAAAAAAAAAAAAAAAAAAAAAAA',
  screeningId: 'scr_01KAAAAAAAAAAAAAAAAAAAAAAA',
  ruleId: 'no-such-rule',
  version: '999',
  // rg-harm:
  n: '1',
  restrictionId: 'rst_01KAAAAAAAAAAAAAAAAAAAAAAA',
  alertId: 'alt_01KAAAAAAAAAAAAAAAAAAAAAAA',
  backtestId: 'bt_01KAAAAAAAAAAAAAAAAAAAAAAA',
  caseId: 'case_01KAAAAAAAAAAAAAAAAAAAAAAA',
  kind: 'LOSS',
  period: 'DAY',
};
/** Queries that keep allowed reads small. */
const sampleQueries: Record<string, string> = {
  'GET /api/players': '?limit=1',
  'GET /api/payments': '?limit=1',
  'GET /api/payments/withdrawals/queue': '?limit=1',
  'GET /api/kyc/reviews': '?limit=1',
  'GET /api/audit': '?limit=1',
  'GET /api/ops/slo': '?window=15m',
  'GET /api/audit/export.csv': '?from=2999-01-01T00:00:00Z',
  'GET /api/kyc/screening-lists/versions': '?limit=1',
};

/** Every route below `/api` as 'METHOD /api/path', walking the routers the app mounts. */
function backOfficeRoutes(app: Express): string[] {
  return listRoutes(app).filter((r) => r.split(' ')[1]!.startsWith('/api/'));
}

let server: Awaited<ReturnType<typeof startTestApp>>;
const logins = new Map<StaffRole, StaffLogin>();

beforeAll(async () => {
  server = await startTestApp();
  for (const role of STAFF_ROLES) logins.set(role, await loginAs(server.db, `perm-${role}`, [role], server.url));
});
afterAll(() => server.close());

function call(route: string, headers: Record<string, string>) {
  const [method, pattern] = route.split(' ') as [string, string];
  const path = pattern.replace(/:(\w+)/g, (_m, name: string) => sampleParams[name] ?? 'x');
  return fetchApi(`${server.url}${path}${sampleQueries[route] ?? ''}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    // An unexpected field: strict bodies answer 400 to whoever gets past the permission check.
    body: method === 'GET' ? undefined : JSON.stringify({ permissionProbe: true }),
  });
}

it('lists every back-office route in the permission table, and nothing that is not a route', () => {
  const routes = backOfficeRoutes(server.app);
  expect(routes.length).toBeGreaterThan(10);
  expect(routes.filter((r) => !(r in expectedAccess))).toEqual([]);
  expect(Object.keys(expectedAccess).filter((r) => !routes.includes(r))).toEqual([]);
});

it('answers 401 to every route but login without a session', async () => {
  for (const route of Object.keys(expectedAccess).filter((r) => expectedAccess[r] !== 'public')) {
    const reply = await call(route, {});
    expect({ route, status: reply.status, code: ((await reply.json()) as { code?: string }).code }).toEqual({
      route,
      status: 401,
      code: 'NO_SESSION',
    });
  }
});

describe.each(Object.entries(expectedAccess).filter(([, access]) => access !== 'public'))('%s', (route, access) => {
  it.each([...STAFF_ROLES])('as %s', async (role) => {
    const allowed = access === 'any staff' || (access as readonly StaffRole[]).includes(role);
    // Logging out ends the session it is called with: that route gets a session of its own.
    const login =
      route === 'POST /api/auth/logout'
        ? await loginAs(server.db, `perm-${role}`, [role], server.url)
        : logins.get(role)!;
    const reply = await call(route, login.headers);
    const body = reply.status === 204 ? {} : ((await reply.json().catch(() => ({}))) as { code?: string });
    if (allowed) {
      // Allowed: whatever the route answers to a non-existent id or a stray field, but neither refusal nor a crash.
      const refused = reply.status === 401 || reply.status === 403;
      expect({ route, role, refused, crashed: reply.status >= 500 }).toEqual({
        route,
        role,
        refused: false,
        crashed: false,
      });
    } else {
      expect({ route, role, status: reply.status, code: body.code }).toEqual({
        route,
        role,
        status: 403,
        code: 'FORBIDDEN',
      });
    }
  });
});
