import pg from 'pg';
import { waitFor } from '../stack/progress';
import { fetchApi } from './support/openapi-conformance';
import { apiUrl, runProbe } from './support/run-probe';
import { loginAs, type StaffLogin } from './support/staff-login';

// The thin slice through every engine, driven over HTTP against the running stack: the API starts a workflow,
// its activity writes a row and an outbox event in one transaction, the relay publishes to Kafka, the consumer
// signals the workflow, and the workflow completes.
const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
let ops: StaffLogin;
beforeAll(async () => {
  ops = await loginAs(db, 'ops-probe', ['payments_ops']);
});
afterAll(() => db.end());

describe('stack probe through API, Temporal, Postgres, outbox, Kafka and a consumer', () => {
  it('completes, and leaves the row, the published event and the consumer mark behind', async () => {
    const view = await runProbe(ops.headers);
    expect(view).toMatchObject({ status: 'COMPLETED', workflowStatus: 'COMPLETED' });
    expect(view.result!.eventRoundTripMs).toBeGreaterThanOrEqual(0);
    expect(view.temporalWebUrl).toContain(encodeURIComponent(`ops:probe:${view.probeId}`));

    const probe = await db.query('SELECT completed_at, event_seen_at FROM ops_probes WHERE probe_id = $1', [
      view.probeId,
    ]);
    expect(probe.rows[0].completed_at).toBeInstanceOf(Date);
    const eventsOfProbe = () =>
      db.query(
        `SELECT o.event_id, o.published_at, c.consumed_at FROM outbox_events o
         LEFT JOIN consumed_events c ON c.event_id = o.event_id AND c.consumer = 'ops-probe-consumer'
         WHERE o.topic = 'ops.probes' AND o.message_key = $1`,
        [view.probeId],
      );
    // The consumer marks the event after its signal returns, so the mark may follow the workflow's completion.
    await waitFor('the consumer mark', async () => (await eventsOfProbe()).rows[0]?.consumed_at != null, 15_000);
    const events = await eventsOfProbe();
    expect(events.rows).toHaveLength(1); // exactly one event, however often the activity ran
    expect(events.rows[0].published_at).toBeInstanceOf(Date);
    expect(events.rows[0].consumed_at).toBeInstanceOf(Date);
  });

  it('answers bad input with a 400 problem and starts nothing', async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM ops_probes');
    const cases: [string, string][] = [
      ['{"requestedBy": ', 'Malformed request'],
      ['{"eventTimeoutMs": 1.5}', 'Invalid request'],
      ['{"eventTimeoutMs": "soon"}', 'Invalid request'],
      ['{"unexpected": true}', 'Invalid request'],
    ];
    for (const [body, title] of cases) {
      const response = await fetchApi(`${apiUrl}/api/ops/probes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...ops.headers },
        body,
      });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = (await response.json()) as { title: string; detail: string; requestId: string };
      expect(problem.title).toBe(title);
      expect(problem.detail.length).toBeGreaterThan(0);
      expect(problem.requestId).toBe(response.headers.get('x-request-id'));
    }
    const after = await db.query('SELECT count(*)::int AS n FROM ops_probes');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('answers a malformed probe id with 400 and an unknown one with 404', async () => {
    const malformed = await fetchApi(`${apiUrl}/api/ops/probes/not-an-id`, { headers: ops.headers });
    expect(malformed.status).toBe(400);
    const unknown = await fetchApi(`${apiUrl}/api/ops/probes/pr_01KAAAAAAAAAAAAAAAAAAAAAAA`, { headers: ops.headers });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });

  it('reports every dependency up on /health', async () => {
    const response = await fetchApi(`${apiUrl}/health`);
    expect(response.status).toBe(200);
    const report = (await response.json()) as { status: string; checks: Record<string, { status: string }> };
    expect(report.status).toBe('ok');
    expect(Object.keys(report.checks).sort()).toEqual(['kafka', 'postgres', 'temporal']);
    expect(Object.values(report.checks).every((c) => c.status === 'up')).toBe(true);
  });
});
