import { Router, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';

// A stand-in for the three national self-exclusion schemes the back office checks, each with its own look-up shape,
// simplified from what is public about them:
// - GAMSTOP (GB): the operator posts first name, last name, date of birth, email and postcode (and mobile) to its
//   v2 API; the answer is the header X-Exclusion: Y (self-excluded), N (not), P (previously excluded, now ended),
//   with X-Unique-Id. Real GAMSTOP takes form-encoded fields; this takes JSON. It matches a person on the name
//   and date of birth together with the email or the postcode.
// - Spelpaus (SE): asked by personnummer, answers whether the person is blocked. The back office holds no
//   personnummer yet, so a look-up without one matches on name and date of birth.
// - OASIS (DE): asked by first name, surname, birth date and place of birth, answers whether a block is recorded.
//   The back office does not collect the place of birth; when both sides have one it must match too.
// State is in memory (the simulator's process): a test lists the people it needs through /control. Latency and
// outages are per scheme, also through /control, so tests can prove that an unreachable scheme fails closed.

const SCHEMES = ['gamstop', 'spelpaus', 'oasis'] as const;
type Scheme = (typeof SCHEMES)[number];

const norm = (text: string | undefined) =>
  (text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');

const listedPersonSchema = z
  .object({
    givenName: z.string().min(1),
    familyName: z.string().min(1),
    dateOfBirth: z.iso.date(),
    email: z.string().optional(),
    postcode: z.string().optional(),
    personnummer: z.string().optional(),
    birthPlace: z.string().optional(),
    /** EXCLUDED: in force; ENDED: a past exclusion (GAMSTOP answers P). */
    status: z.enum(['EXCLUDED', 'ENDED']).default('EXCLUDED'),
  })
  .strict();
type ListedPerson = z.infer<typeof listedPersonSchema> & { id: string };

interface SchemeState {
  people: ListedPerson[];
  down: boolean;
  latencyMs: number;
  lookups: number;
}

const gamstopQuery = z.object({
  firstName: z.string().min(1),
  lastName: z.string().min(1),
  dateOfBirth: z.iso.date(),
  email: z.string().optional(),
  postcode: z.string().optional(),
  mobile: z.string().optional(),
});
const spelpausQuery = z.object({
  personnummer: z.string().optional(),
  givenName: z.string().min(1),
  familyName: z.string().min(1),
  dateOfBirth: z.iso.date(),
});
const oasisQuery = z.object({
  vorname: z.string().min(1),
  nachname: z.string().min(1),
  geburtsdatum: z.iso.date(),
  geburtsort: z.string().optional(),
});

const sameNameAndBirth = (p: ListedPerson, given: string, family: string, dateOfBirth: string) =>
  norm(p.givenName) === norm(given) && norm(p.familyName) === norm(family) && p.dateOfBirth === dateOfBirth;

/** The national schemes' router, under /national-schemes (lookups per scheme, and /control for tests). */
export function createNationalSchemesRouter(): Router {
  const state = new Map<Scheme, SchemeState>(
    SCHEMES.map((scheme) => [scheme, { people: [], down: false, latencyMs: 0, lookups: 0 }]),
  );
  const router = Router();
  const schemeOf = (req: Request): SchemeState | undefined => state.get(req.params.scheme as Scheme);

  /** Latency first, then the outage: a scheme that is down answers 503 after its delay, as a struggling one does. */
  async function served(res: Response, scheme: Scheme): Promise<SchemeState | undefined> {
    const s = state.get(scheme)!;
    s.lookups += 1;
    if (s.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, s.latencyMs));
    if (s.down) {
      res.status(503).json({ error: 'SERVICE_UNAVAILABLE', detail: `${scheme} is down (simulated outage)` });
      return undefined;
    }
    return s;
  }

  router.post('/national-schemes/gamstop/v2', async (req, res) => {
    const query = gamstopQuery.safeParse(req.body);
    if (!query.success) return void res.status(400).json({ error: 'BAD_REQUEST', detail: query.error.message });
    const s = await served(res, 'gamstop');
    if (!s) return;
    const q = query.data;
    const matches = s.people.filter(
      (p) =>
        sameNameAndBirth(p, q.firstName, q.lastName, q.dateOfBirth) &&
        ((q.email !== undefined && norm(p.email) === norm(q.email)) ||
          (q.postcode !== undefined && norm(p.postcode) === norm(q.postcode))),
    );
    const exclusion = matches.some((p) => p.status === 'EXCLUDED') ? 'Y' : matches.length > 0 ? 'P' : 'N';
    res.setHeader('X-Exclusion', exclusion);
    res.setHeader('X-Unique-Id', randomUUID());
    res.json({ exclusion });
  });

  router.post('/national-schemes/spelpaus/blocking-status', async (req, res) => {
    const query = spelpausQuery.safeParse(req.body);
    if (!query.success) return void res.status(400).json({ error: 'BAD_REQUEST', detail: query.error.message });
    const s = await served(res, 'spelpaus');
    if (!s) return;
    const q = query.data;
    const blocked = s.people.some(
      (p) =>
        p.status === 'EXCLUDED' &&
        (q.personnummer !== undefined && p.personnummer !== undefined
          ? norm(p.personnummer) === norm(q.personnummer)
          : sameNameAndBirth(p, q.givenName, q.familyName, q.dateOfBirth)),
    );
    res.json({ isBlocked: blocked });
  });

  router.post('/national-schemes/oasis/sperrabfrage', async (req, res) => {
    const query = oasisQuery.safeParse(req.body);
    if (!query.success) return void res.status(400).json({ error: 'BAD_REQUEST', detail: query.error.message });
    const s = await served(res, 'oasis');
    if (!s) return;
    const q = query.data;
    const gesperrt = s.people.some(
      (p) =>
        p.status === 'EXCLUDED' &&
        sameNameAndBirth(p, q.vorname, q.nachname, q.geburtsdatum) &&
        (p.birthPlace === undefined || q.geburtsort === undefined || norm(p.birthPlace) === norm(q.geburtsort)),
    );
    res.json({ gesperrt });
  });

  // Control: list a person, switch an outage or a latency on, read the counters.
  router.post('/national-schemes/control/:scheme/people', (req, res) => {
    const s = schemeOf(req);
    if (!s) return void res.status(404).json({ error: 'UNKNOWN_SCHEME', detail: `no scheme ${req.params.scheme}` });
    const person = listedPersonSchema.safeParse(req.body);
    if (!person.success) return void res.status(400).json({ error: 'BAD_REQUEST', detail: person.error.message });
    const listed = { ...person.data, id: randomUUID() };
    s.people.push(listed);
    res.status(201).json(listed);
  });

  router.put('/national-schemes/control/:scheme/faults', (req, res) => {
    const s = schemeOf(req);
    if (!s) return void res.status(404).json({ error: 'UNKNOWN_SCHEME', detail: `no scheme ${req.params.scheme}` });
    const faults = z
      .object({ down: z.boolean().optional(), latencyMs: z.number().int().min(0).max(30_000).optional() })
      .strict()
      .safeParse(req.body);
    if (!faults.success) return void res.status(400).json({ error: 'BAD_REQUEST', detail: faults.error.message });
    s.down = faults.data.down ?? s.down;
    s.latencyMs = faults.data.latencyMs ?? s.latencyMs;
    res.json({ down: s.down, latencyMs: s.latencyMs, lookups: s.lookups, people: s.people.length });
  });

  router.get('/national-schemes/control/:scheme', (req, res) => {
    const s = schemeOf(req);
    if (!s) return void res.status(404).json({ error: 'UNKNOWN_SCHEME', detail: `no scheme ${req.params.scheme}` });
    res.json({ down: s.down, latencyMs: s.latencyMs, lookups: s.lookups, people: s.people.length });
  });

  return router;
}
