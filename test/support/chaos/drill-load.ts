import { SignatureHeader, signWalletRequest } from '../../../domain/wallet/provider-signature';
import { creditDeposit } from '../../../domain/wallet/money-movements';
import { openGameSession } from '../../../domain/wallet/game-sessions';
import { TEST_SESSION_SETTINGS } from '../game-sessions';
import { addDepositInstrument } from '../payment-instruments';
import type { Db } from '../../../platform/db';
import { depositWorkflowId, withdrawalWorkflowId } from '../../../contracts/payments';
import { kycOnboardingWorkflowId } from '../../../contracts/kyc';
import { stackProbeWorkflowId } from '../../../contracts/ops';
import { seededRandom, type DrillOptions, type OperationKind, type SeededRandom } from './drill-options';
import type { RequestKind, RequestLog } from './request-log';
import { DrillStaff, type DrillStaffName, type StaffClient } from './staff-client';
import { bearer, subjectTokenFor } from '../player-tokens';
import {
  awaitVerified,
  newcomerScenariosFor,
  SANCTIONED_APPLICANT,
  scenarioSequence,
  setSimulatorScenario,
  type NewcomerScenario,
} from './drill-kyc';

const CURRENCY = 'EUR';
/** A game the local stack's provider offers (config/game-providers.json): bets in any other are refused. */
const GAME_ID = 'starburst';
/** Cash each player starts with (credited directly, like a deposit made before the drill), so no lane starves. */
const FUNDING_MINOR = 3_000_000;

/** A player of the drill; a veteran's account is backdated, so the risk rules may auto-approve its withdrawals. */
export interface DrillPlayer {
  playerId: string;
  jurisdiction: 'GB' | 'MT';
  veteran: boolean;
  /** The launch token of the player's game session, which every bet carries. */
  sessionToken: string;
}

/** A player who registers during the load and meets a KYC scenario; they try to move money right away. */
export interface DrillNewcomer {
  playerId: string;
  jurisdiction: 'GB' | 'MT';
  scenario: NewcomerScenario;
}

/** How the scripted staff mean to decide one KYC review, fixed by the seed when they first see it. */
interface PlannedKycReview {
  reviewId: string;
  playerId: string;
  decision: 'CLEAR' | 'REJECT';
  /** Set once a decision was refused in a way the plan did not expect: the staff leave it to people. */
  refused: boolean;
}

/** A KYC review as the staff's queue lists it. */
interface KycReviewItem {
  reviewId: string;
  playerId: string;
  fourEyes: boolean;
  status: string;
}

/** A withdrawal as the staff's queue lists it. */
interface StaffWorkItem {
  paymentId: string;
  status: string;
  playerId: string;
}

export interface PlannedWithdrawal {
  withdrawalId: string;
  playerId: string;
  amountMinor: number;
  band: 'small' | 'officer' | 'four-eyes';
  decision: 'APPROVE' | 'REJECT';
  cancelByPlayer: boolean;
  decisions: string[];
  retries: number;
}

/** One seamless-wallet transaction id as the drill sent it, with the first answer it got. */
export interface WalletCall {
  txId: string;
  kind: 'bet' | 'win' | 'rollback';
  playerId: string;
  amountMinor: number;
  status: number;
  body: string;
  /** What the drill expects this id to have done to the player's balance (0 when it was refused). */
  expectedEffectMinor: number;
  raw: string;
  /** When the drill first sent it (its clock, ms): a bet sent after the player was told of a time-out must fail. */
  sentAt: number;
}

/** Everything the drill sent and was answered, which the invariants are checked against. */
export interface DrillRecord {
  runId: string;
  startedAt: Date;
  players: DrillPlayer[];
  /** Players who registered during the load, each with the KYC scenario the drill set them. */
  newcomers: DrillNewcomer[];
  /** What the newcomers' attempts to move money right after registering were answered, e.g. `bet 403 KYC_NOT_VERIFIED`. */
  newcomerAttempts: Record<string, number>;
  /** The last answer the staff got on each KYC review they could not move on (shown for reviews left open). */
  kycReviewNotes: Map<string, string>;
  /** Workflow ids of the re-screening runs the drill triggered. */
  rescreenings: Set<string>;
  /** Each deposit the run asked for, with when it first sent the request (the drill's clock, ms). */
  deposits: Map<string, { playerId: string; amountMinor: number; key: string; body: string; sentAt: number }>;
  withdrawals: Map<string, PlannedWithdrawal & { key: string; body: string }>;
  probes: Set<string>;
  walletCalls: Map<string, WalletCall>;
  /** Problems seen while the load ran: a duplicate answered differently, a late bet accepted after its rollback. */
  loadViolations: { check: string; detail: string }[];
  operations: Record<
    OperationKind | 'win' | 'decision' | 'cancel' | 'retry-payout' | 'newcomer' | 'kyc-decision' | 'rescreening',
    number
  >;
  /** Requests that did not get a usable answer (errors while a process was down): retried, not violations. */
  transientErrors: number;
  /** Operations not started because their kind had as many in flight as it may (its lane was full). */
  shed: Record<OperationKind, number>;
}

/** The workflow ids the run started. */
export function workflowIdsOf(record: DrillRecord): string[] {
  return [
    ...[...record.deposits.keys()].map(depositWorkflowId),
    ...[...record.withdrawals.keys()].map(withdrawalWorkflowId),
    ...[...record.probes].map(stackProbeWorkflowId),
    ...[...record.players, ...record.newcomers].map((p) => kycOnboardingWorkflowId(p.playerId)),
    ...record.rescreenings,
  ];
}

/** How long a request is retried: a provider or a cashier keeps retrying until it gets an answer. */
const RETRY_FOR_MS = 180_000;

/**
 * Operations of one kind the load keeps in flight at most: a kind whose engine is down fills its own lane and sheds
 * its own operations, while the other kinds go on at their pace.
 */
const IN_FLIGHT_PER_KIND = 8;

/** One kind of operation as the load runs it: its own pacing, its own in-flight limit, its own seeded choices. */
interface Lane {
  kind: OperationKind;
  random: SeededRandom;
}

/** Drives the mixed load: seamless-wallet rounds (with duplicates and rollbacks), deposits, withdrawals, probes. */
export function createDrillLoad(deps: {
  apiUrl: string;
  db: Db;
  staff: StaffClient;
  requests: RequestLog;
  provider: { id: string; secret: string };
  options: DrillOptions;
  fourEyesMinMinor: number;
  autoApproveMaxMinor: number;
  /** The KYC provider simulator, whose /control API sets each newcomer's scenario. */
  kycSimulatorUrl: string;
  /** How long an onboarding waits for the provider before an officer reviews it (KYC_CHECKS_TIMEOUT_SECONDS). */
  kycChecksTimeoutSec: number;
}) {
  const { apiUrl, db, staff, provider, options } = deps;
  const runId = `chaos-${Date.now().toString(36)}-${options.seed}`;
  const record: DrillRecord = {
    runId,
    startedAt: new Date(),
    players: [],
    newcomers: [],
    newcomerAttempts: {},
    rescreenings: new Set(),
    kycReviewNotes: new Map(),
    deposits: new Map(),
    withdrawals: new Map(),
    probes: new Set(),
    walletCalls: new Map(),
    loadViolations: [],
    operations: {
      bet: 0,
      win: 0,
      rollback: 0,
      duplicate: 0,
      deposit: 0,
      withdrawal: 0,
      probe: 0,
      decision: 0,
      cancel: 0,
      'retry-payout': 0,
      newcomer: 0,
      'kyc-decision': 0,
      rescreening: 0,
    },
    transientErrors: 0,
    shed: { bet: 0, deposit: 0, withdrawal: 0, rollback: 0, duplicate: 0, probe: 0 },
  };
  let sequence = 0;
  const nextId = (what: string) => `${runId}-${what}-${++sequence}`;
  /** Players with a paid withdrawal, whose small withdrawals the risk rules approve without a human. */
  const paidOnce = new Set<string>();

  /**
   * HTTP with retries: a request that fails on the way (the API restarting) or answers 5xx (an engine down) is sent
   * again, same bytes, until it is answered, so the drill knows every outcome (a bet whose answer was lost would
   * otherwise be counted wrongly). Every attempt is recorded in the request log under `kind`.
   */
  async function send(
    kind: RequestKind,
    url: string,
    init: () => RequestInit,
    retryWhile: (status: number) => boolean = (s) => s >= 500,
  ): Promise<{ status: number; text: string }> {
    const deadline = Date.now() + RETRY_FOR_MS;
    for (let attempt = 0; ; attempt += 1) {
      try {
        const { status, text } = await deps.requests.request(kind, url, init());
        if (!retryWhile(status) || Date.now() > deadline) return { status, text };
      } catch (err) {
        if (Date.now() > deadline) throw err;
      }
      record.transientErrors += 1;
      await new Promise((r) => setTimeout(r, Math.min(500 * 2 ** attempt, 4000)));
    }
  }

  /** Each drill player's bearer token (the development identity provider's, for a subject of this run). */
  const tokens = new Map<string, string>();
  const authorizationOf = (playerId: string) => bearer(tokens.get(playerId)!);

  /**
   * Registers one player through the player API, which starts their real onboarding, and opens their game session
   * as the player API does for a signed-in player (POST /player/v1/game-sessions), directly: the drill plays the
   * players' part without their sign-in.
   */
  async function register(
    kind: RequestKind,
    subject: string,
    registration: { jurisdiction: 'GB' | 'MT'; dateOfBirth: string; givenName?: string; familyName?: string },
  ): Promise<{ playerId: string; sessionToken: string }> {
    // Longer than any drill, so that no token expires while the drill runs.
    const token = await subjectTokenFor(subject, { ttlSeconds: 6 * 3600 });
    const { status, text } = await send(kind, `${apiUrl}/player/v1/players`, () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: JSON.stringify({ brand: 'chaos', currency: CURRENCY, ...registration }),
    }));
    // 409: an attempt whose answer was lost registered the subject; the problem names the player it is.
    if (status !== 201 && status !== 409) throw new Error(`registering a player answered ${status}: ${text}`);
    const { playerId } = JSON.parse(text) as { playerId: string };
    tokens.set(playerId, token);
    const session = { providerId: provider.id, gameId: GAME_ID, currency: CURRENCY } as const;
    const opened = await openGameSession(db, playerId, session, TEST_SESSION_SETTINGS);
    if (!opened) throw new Error(`no player ${playerId} to open a game session for`);
    return { playerId, sessionToken: opened.launchToken };
  }

  /**
   * Registers the drill's players and lets their real onboardings verify them (the simulator clears every check by
   * default); only once every one is VERIFIED are they funded, since GB gates deposits and bets on it, and every
   * jurisdiction withdrawals.
   */
  async function registerPlayers(progress: (line: string) => void = () => undefined): Promise<void> {
    for (let i = 0; i < options.players; i += 1) {
      const jurisdiction = i % 3 === 0 ? 'MT' : 'GB';
      const player = await register('setup', `chaos|${runId}|${i}`, { jurisdiction, dateOfBirth: '1990-01-01' });
      record.players.push({ ...player, jurisdiction, veteran: i % 2 === 0 });
      progress(`${i + 1} of ${options.players} players registered`);
    }
    await awaitVerified(
      db,
      record.players.map((p) => p.playerId),
      { timeoutMs: 120_000, progress },
    );
    // A drill's players are minutes old; backdating half of them lets the risk rules treat them as established
    // accounts (auto-approval needs an account of 7 days and one paid withdrawal).
    await db.query(`UPDATE players SET created_at = created_at - INTERVAL '30 days' WHERE player_id = ANY($1)`, [
      record.players.filter((p) => p.veteran).map((p) => p.playerId),
    ]);
    for (const player of record.players) {
      await creditDeposit(db, {
        depositId: `${runId}-funding-${player.playerId}`,
        playerId: player.playerId,
        psp: 'chaos-funding',
        amountMinor: FUNDING_MINOR,
        currency: CURRENCY,
      });
      // The bank account that deposit came from: GB and MT pay withdrawals back to a deposit instrument.
      await addDepositInstrument(db, player.playerId);
    }
  }

  const signedInit = (raw: string) => (): RequestInit => {
    const timestamp = Math.floor(Date.now() / 1000);
    return {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [SignatureHeader.provider]: provider.id,
        [SignatureHeader.timestamp]: String(timestamp),
        [SignatureHeader.signature]: signWalletRequest(provider.secret, timestamp, raw),
      },
      body: raw,
    };
  };

  /** Sends a wallet call and records its first answer; `effect` turns the answer into the expected balance change. */
  async function walletCall(
    requestKind: RequestKind,
    kind: WalletCall['kind'],
    body: Record<string, unknown> & { transactionId: string; playerId: string },
    amountMinor: number,
    effect: (status: number) => number,
  ): Promise<WalletCall> {
    const raw = JSON.stringify(body);
    const sentAt = Date.now();
    const { status, text } = await send(requestKind, `${apiUrl}/wallet/v1/${kind}`, signedInit(raw));
    const call: WalletCall = {
      txId: body.transactionId,
      kind,
      playerId: body.playerId,
      amountMinor,
      status,
      body: text,
      expectedEffectMinor: effect(status),
      raw,
      sentAt,
    };
    record.walletCalls.set(call.txId, call);
    record.operations[kind === 'win' ? 'win' : kind === 'bet' ? 'bet' : 'rollback'] += 1;
    return call;
  }

  const ok = (status: number) => status >= 200 && status < 300;

  /** The problem code of an answer, or the answer itself when it is no JSON. */
  const codeOf = (body: string) => {
    try {
      return (JSON.parse(body) as { code?: string }).code;
    } catch {
      return body;
    }
  };

  async function playRound(lane: Lane): Promise<void> {
    const { random } = lane;
    const player = random.pick(record.players);
    const roundId = nextId('round');
    const stake = random.int(100, 1000);
    const bet = await walletCall(
      lane.kind,
      'bet',
      {
        transactionId: nextId('bet'),
        playerId: player.playerId,
        currency: CURRENCY,
        roundId,
        gameId: GAME_ID,
        amountMinor: stake,
        roundFinished: false,
        sessionToken: player.sessionToken,
      },
      stake,
      (s) => (ok(s) ? -stake : 0),
    );
    if (!ok(bet.status)) return;
    const payout = random.chance(0.4) ? 0 : random.int(1, 2 * stake);
    await walletCall(
      lane.kind,
      'win',
      {
        transactionId: nextId('win'),
        playerId: player.playerId,
        currency: CURRENCY,
        roundId,
        gameId: GAME_ID,
        amountMinor: payout,
        roundFinished: true,
      },
      payout,
      (s) => (ok(s) ? payout : 0),
    );
  }

  /** A bet cancelled by the provider: rolled back (sometimes twice, under a second id); or a rollback that
   * arrives before its bet, which must then be refused. */
  async function rollBack(lane: Lane): Promise<void> {
    const { random } = lane;
    const player = random.pick(record.players);
    const roundId = nextId('round');
    const stake = random.int(100, 1000);
    const betBody = {
      transactionId: nextId('bet'),
      playerId: player.playerId,
      currency: CURRENCY,
      roundId,
      gameId: GAME_ID,
      amountMinor: stake,
      roundFinished: false,
      sessionToken: player.sessionToken,
    };
    const rollbackBody = () => ({
      transactionId: nextId('rollback'),
      playerId: player.playerId,
      currency: CURRENCY,
      roundId,
      gameId: GAME_ID,
      referenceTransactionId: betBody.transactionId,
    });
    if (random.chance(0.25)) {
      await walletCall(lane.kind, 'rollback', rollbackBody(), 0, () => 0);
      const late = await walletCall(lane.kind, 'bet', betBody, stake, (s) => (ok(s) ? -stake : 0));
      if (ok(late.status)) {
        record.loadViolations.push({
          check: 'seamless wallet: a bet rolled back before it arrived is refused',
          detail: `${betBody.transactionId} answered ${late.status}`,
        });
      }
      return;
    }
    const bet = await walletCall(lane.kind, 'bet', betBody, stake, (s) => (ok(s) ? -stake : 0));
    if (!ok(bet.status)) return;
    let reversed = false;
    const reversal = (s: number) => {
      if (!ok(s) || reversed) return 0;
      reversed = true;
      return stake;
    };
    await walletCall(lane.kind, 'rollback', rollbackBody(), 0, reversal);
    if (random.chance(0.3)) await walletCall(lane.kind, 'rollback', rollbackBody(), 0, () => 0);
  }

  /** Resends an earlier request byte for byte (a provider or a cashier retrying); the answer must not change. */
  async function duplicate(lane: Lane): Promise<void> {
    const { random } = lane;
    record.operations.duplicate += 1;
    const roll = random.next();
    if (roll < 0.6 && record.walletCalls.size > 0) {
      const calls = [...record.walletCalls.values()];
      const first = calls[random.int(Math.max(0, calls.length - 200), calls.length - 1)]!;
      const { status, text } = await send(lane.kind, `${apiUrl}/wallet/v1/${first.kind}`, signedInit(first.raw));
      // An accepted call's repeat is its first answer byte for byte; a refusal's repeat is the same refusal (same
      // status and code) with the player's balance as it is now.
      const same = ok(first.status)
        ? text === first.body
        : status === first.status && codeOf(text) === codeOf(first.body);
      if (status !== first.status || !same) {
        record.loadViolations.push({
          check: 'seamless wallet: a repeated transaction id gets the first answer (a refusal: the same code)',
          detail: `${first.txId}: first ${first.status} ${first.body.slice(0, 120)}, then ${status} ${text.slice(0, 120)}`,
        });
      }
      return;
    }
    const payments: [string, { playerId: string; key: string; body: string }][] =
      roll < 0.8 ? [...record.deposits.entries()] : [...record.withdrawals.entries()];
    if (payments.length === 0) return;
    const [paymentId, first] = random.pick(payments);
    const kind = paymentId.startsWith('dep_') ? 'deposits' : 'withdrawals';
    const { status, text } = await send(lane.kind, `${apiUrl}/player/v1/${kind}`, () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': first.key, ...authorizationOf(first.playerId) },
      body: first.body,
    }));
    const id = status === 200 ? (JSON.parse(text) as { id: string }).id : undefined;
    if (id !== paymentId) {
      record.loadViolations.push({
        check: 'payments: a repeated Idempotency-Key answers the first payment',
        detail: `${kind} ${paymentId}: repeat answered ${status} ${text.slice(0, 160)}`,
      });
    }
  }

  async function deposit(lane: Lane): Promise<void> {
    const { random } = lane;
    const player = random.pick(record.players);
    const method = random.weighted({ CARD: 6, EWALLET: 2, BANK_TRANSFER: 2 });
    await sendDeposit(lane.kind, player, random.int(10, 500) * 100, method);
  }

  /** One deposit of `player` through the player API, recorded (and so checked) like every deposit of the run. */
  async function sendDeposit(kind: RequestKind, player: DrillPlayer, amountMinor: number, method: string) {
    const key = nextId('dep-key');
    const body = JSON.stringify({ playerId: player.playerId, amountMinor, currency: CURRENCY, method, country: 'GB' });
    const sentAt = Date.now();
    const { status, text } = await send(kind, `${apiUrl}/player/v1/deposits`, () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key, ...authorizationOf(player.playerId) },
      body,
    }));
    // 200: an earlier attempt whose answer the client gave up waiting for created it; the key answers that one.
    if (status !== 202 && status !== 200) throw new Error(`a deposit answered ${status}: ${text.slice(0, 300)}`);
    const { id } = JSON.parse(text) as { id: string };
    record.deposits.set(id, { playerId: player.playerId, amountMinor, key, body, sentAt });
    record.operations.deposit += 1;
    return id;
  }

  async function withdraw(lane: Lane): Promise<void> {
    const { random } = lane;
    const player = random.pick(record.players);
    const roll = random.next();
    const band: PlannedWithdrawal['band'] =
      roll < 0.04 ? 'four-eyes' : roll < 0.5 && player.veteran && paidOnce.has(player.playerId) ? 'small' : 'officer';
    const amountMinor =
      band === 'four-eyes'
        ? deps.fourEyesMinMinor + random.int(0, 100) * 100
        : band === 'small'
          ? random.int(10, Math.min(80, Math.floor(deps.autoApproveMaxMinor / 100))) * 100
          : deps.autoApproveMaxMinor + random.int(1, 400) * 100;
    const key = nextId('wd-key');
    const body = JSON.stringify({
      playerId: player.playerId,
      amountMinor,
      currency: CURRENCY,
      method: 'BANK_TRANSFER',
      country: player.jurisdiction,
    });
    const { status, text } = await send(lane.kind, `${apiUrl}/player/v1/withdrawals`, () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': key, ...authorizationOf(player.playerId) },
      body,
    }));
    // 200: an earlier attempt whose answer the client gave up waiting for created it; the key answers that one.
    if (status !== 202 && status !== 200) throw new Error(`a withdrawal answered ${status}: ${text.slice(0, 300)}`);
    const { id } = JSON.parse(text) as { id: string };
    record.withdrawals.set(id, {
      withdrawalId: id,
      playerId: player.playerId,
      amountMinor,
      band,
      decision: random.chance(0.75) ? 'APPROVE' : 'REJECT',
      cancelByPlayer: player.jurisdiction === 'MT' && band === 'officer' && random.chance(0.15),
      decisions: [],
      retries: 0,
      key,
      body,
    });
    record.operations.withdrawal += 1;
  }

  async function probe(): Promise<void> {
    const reply = await staff.call(DrillStaff.admin, 'POST', '/api/ops/probes', { requestedBy: runId }, 'probe');
    if (reply.status !== 202) throw new Error(`a stack probe answered ${reply.status}: ${JSON.stringify(reply.json)}`);
    record.probes.add(String(reply.json.probeId));
    record.operations.probe += 1;
  }

  const nextScenario = scenarioSequence(
    seededRandom(options.seed + 0x5ce0),
    newcomerScenariosFor(deps.kycChecksTimeoutSec, options.settleTimeout),
  );
  let newcomerCount = 0;

  /** Counts what one of a newcomer's attempts was answered, e.g. `deposit 403 KYC_NOT_VERIFIED`. */
  const attempted = (what: string, status: number, text: string) => {
    const code = ok(status) ? undefined : codeOf(text);
    const key = `${what} ${status}${code ? ` ${code.slice(0, 40)}` : ''}`;
    record.newcomerAttempts[key] = (record.newcomerAttempts[key] ?? 0) + 1;
  };

  /**
   * A newcomer registers (their real onboarding starts), meets the KYC scenario the seed picked for them at the
   * provider simulator, and tries at once to deposit, bet (GB, where play waits for verification) and withdraw: the
   * gates refuse what the standing does not allow yet; whatever they accept becomes a payment of the run like any.
   */
  async function newcomer(random: SeededRandom): Promise<void> {
    const jurisdiction = random.chance(0.6) ? 'GB' : 'MT';
    const scenario = nextScenario();
    const applicant = scenario === 'SANCTIONS_HIT' ? SANCTIONED_APPLICANT : { dateOfBirth: '1992-05-17' };
    const { playerId, sessionToken } = await register('newcomer', `chaos|${runId}|new-${++newcomerCount}`, {
      jurisdiction,
      ...applicant,
    });
    record.newcomers.push({ playerId, jurisdiction, scenario });
    record.operations.newcomer += 1;
    await setSimulatorScenario(deps.kycSimulatorUrl, playerId, scenario);

    const depositKey = nextId('dep-key');
    const amountMinor = random.int(10, 100) * 100;
    const depositBody = JSON.stringify({ playerId, amountMinor, currency: CURRENCY, method: 'CARD', country: 'GB' });
    const depositSentAt = Date.now();
    const deposited = await send('newcomer', `${apiUrl}/player/v1/deposits`, () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': depositKey, ...authorizationOf(playerId) },
      body: depositBody,
    }));
    attempted('deposit', deposited.status, deposited.text);
    if (deposited.status === 202 || deposited.status === 200) {
      const { id } = JSON.parse(deposited.text) as { id: string };
      record.deposits.set(id, { playerId, amountMinor, key: depositKey, body: depositBody, sentAt: depositSentAt });
    }

    if (jurisdiction === 'GB') {
      const roundId = nextId('round');
      const stake = random.int(100, 500);
      const bet = await walletCall(
        'newcomer',
        'bet',
        {
          transactionId: nextId('bet'),
          playerId,
          currency: CURRENCY,
          roundId,
          gameId: GAME_ID,
          amountMinor: stake,
          roundFinished: false,
          sessionToken,
        },
        stake,
        (s) => (ok(s) ? -stake : 0),
      );
      attempted('bet', bet.status, bet.body);
      if (ok(bet.status)) {
        const win = { transactionId: nextId('win'), playerId, currency: CURRENCY, roundId, gameId: GAME_ID };
        await walletCall('newcomer', 'win', { ...win, amountMinor: 0, roundFinished: true }, 0, () => 0);
      }
    }

    const withdrawalKey = nextId('wd-key');
    const withdrawalBody = JSON.stringify({
      playerId,
      amountMinor: 2_000,
      currency: CURRENCY,
      method: 'BANK_TRANSFER',
      country: jurisdiction,
    });
    const withdrawn = await send('newcomer', `${apiUrl}/player/v1/withdrawals`, () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': withdrawalKey, ...authorizationOf(playerId) },
      body: withdrawalBody,
    }));
    attempted('withdrawal', withdrawn.status, withdrawn.text);
    if (withdrawn.status === 202 || withdrawn.status === 200) {
      // Accepted (the onboarding was quicker): an officer rejects it, so it rests like any other of the run.
      const { id } = JSON.parse(withdrawn.text) as { id: string };
      record.withdrawals.set(id, {
        withdrawalId: id,
        playerId,
        amountMinor: 2_000,
        band: 'officer',
        decision: 'REJECT',
        cancelByPlayer: false,
        decisions: [],
        retries: 0,
        key: withdrawalKey,
        body: withdrawalBody,
      });
    }
  }

  const operations: Record<OperationKind, (lane: Lane) => Promise<void>> = {
    bet: playRound,
    rollback: rollBack,
    duplicate,
    deposit,
    withdrawal: withdraw,
    probe,
  };

  /**
   * The scripted staff: officers decide the run's withdrawals awaiting a decision (as planned by the seed; four-
   * eyes ones by an officer and then senior compliance), players cancel some, and payments ops retries payouts
   * that need attention once no outage window is open. Each person works through their own items one at a time,
   * and the people work side by side, as a team would: a decision that waits on a restarting worker holds up only
   * its officer, and an officer's TOTP codes are spent one after another.
   */
  async function actAsStaff(options: { outageOpen: boolean }): Promise<void> {
    const { rows: paid } = await db.query<{ player_id: string }>(
      `SELECT DISTINCT player_id FROM payments WHERE kind = 'WITHDRAWAL' AND status = 'PAID' AND player_id = ANY($1)`,
      [record.players.map((p) => p.playerId)],
    );
    paid.forEach((p) => paidOnce.add(p.player_id));
    const list = await staff.call(
      DrillStaff.officer,
      'GET',
      '/api/payments?kind=WITHDRAWAL&status=AWAITING_APPROVAL,AWAITING_SECOND_APPROVAL,NEEDS_ATTENTION' +
        `&order=oldest&limit=200&createdFrom=${encodeURIComponent(record.startedAt.toISOString())}`,
    );
    if (list.status !== 200) {
      record.transientErrors += 1;
      return;
    }
    const items = (list.json.items ?? []) as StaffWorkItem[];
    const desks = new Map<string, (() => Promise<void>)[]>();
    for (const item of items) {
      const work = workFor(item, options);
      if (work) desks.set(work.by, [...(desks.get(work.by) ?? []), work.task]);
    }
    for (const review of await openKycReviews()) {
      const work = await kycWorkFor(review);
      if (work) desks.set(work.by, [...(desks.get(work.by) ?? []), work.task]);
    }
    const outcomes = await Promise.allSettled(
      [...desks.values()].map(async (tasks) => {
        for (const task of tasks) await task();
      }),
    );
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
  }

  const kycPlans = new Map<string, PlannedKycReview>();
  const kycRandom = seededRandom(options.seed + 0xc1ea);

  /** The open KYC reviews of the run's players (the queue is the stack's: other players' reviews are left alone). */
  async function openKycReviews(): Promise<KycReviewItem[]> {
    const ours = new Set([...record.players, ...record.newcomers].map((p) => p.playerId));
    const reviews: KycReviewItem[] = [];
    for (let offset = 0; ; offset += 200) {
      const page = await staff.call(
        DrillStaff.officer,
        'GET',
        `/api/kyc/reviews?status=OPEN&limit=200&offset=${offset}`,
      );
      if (page.status !== 200) {
        record.transientErrors += 1;
        return reviews;
      }
      const items = (page.json.items ?? []) as KycReviewItem[];
      reviews.push(...items.filter((r) => ours.has(r.playerId)));
      if (items.length < 200) return reviews;
    }
  }

  /**
   * Who acts on one open KYC review this round: one officer rejects; clearing takes one officer, or two different
   * ones when the review holds a sanctions or PEP hit (who has cleared since the last evidence is the live state's).
   */
  async function kycWorkFor(review: KycReviewItem): Promise<{ by: string; task: () => Promise<void> } | undefined> {
    let plan = kycPlans.get(review.reviewId);
    if (!plan) {
      plan = {
        reviewId: review.reviewId,
        playerId: review.playerId,
        decision: kycRandom.chance(0.65) ? 'CLEAR' : 'REJECT',
        refused: false,
      };
      kycPlans.set(review.reviewId, plan);
    }
    const planned = plan;
    if (planned.refused) return undefined;
    const task = (as: DrillStaffName) => ({ by: as, task: () => decideKycReview(planned, as) });
    if (planned.decision === 'REJECT') return task(DrillStaff.officer);
    const detail = await staff.call(
      DrillStaff.officer,
      'GET',
      `/api/kyc/reviews/${encodeURIComponent(review.reviewId)}`,
    );
    // Without the onboarding's live state (Temporal slow or down) nobody knows who has cleared: try next round.
    if (detail.status !== 200 || detail.json.playerStatus === null) {
      record.kycReviewNotes.set(
        review.reviewId,
        `detail ${detail.status} ${JSON.stringify(detail.json).slice(0, 160)}`,
      );
      record.transientErrors += 1;
      return undefined;
    }
    const clearedBy = (detail.json.clearedBy ?? []) as string[];
    if (clearedBy.length === 0) return task(DrillStaff.officer);
    if (review.fourEyes && clearedBy.length === 1) return task(DrillStaff.secondOfficer);
    return undefined;
  }

  /** One officer's decision on a KYC review, with a reason; a refusal the plan did not expect is a violation. */
  async function decideKycReview(plan: PlannedKycReview, as: DrillStaffName): Promise<void> {
    const reply = await staff.call(as, 'POST', `/api/kyc/reviews/${encodeURIComponent(plan.reviewId)}/decision`, {
      decision: plan.decision,
      reason: `chaos drill ${runId}: ${plan.decision === 'CLEAR' ? 'cleared' : 'rejected'} by plan`,
    });
    if (reply.status < 300) {
      record.operations['kyc-decision'] += 1;
    } else if (
      reply.status >= 500 ||
      [401, 408].includes(reply.status) ||
      // The review closed, or the run moved on, between the queue and the decision (its answer lost, a new hit
      // asking for fresh clearances): the next round sees where it stands.
      ['KYC_NOT_IN_REVIEW', 'KYC_ALREADY_CLEARED'].includes(String(reply.json.code))
    ) {
      record.kycReviewNotes.set(
        plan.reviewId,
        `${as} ${plan.decision}: ${reply.status} ${JSON.stringify(reply.json).slice(0, 160)}`,
      );
      record.transientErrors += 1;
    } else {
      record.loadViolations.push({
        check: 'back office: a planned KYC decision is accepted',
        detail: `${as} ${plan.decision} on ${plan.reviewId}: ${reply.status} ${JSON.stringify(reply.json).slice(0, 200)}`,
      });
      plan.refused = true;
    }
  }

  /** Who acts on one listed withdrawal this round, and what they do; undefined when nobody has anything to do. */
  function workFor(
    item: StaffWorkItem,
    options: { outageOpen: boolean },
  ): { by: string; task: () => Promise<void> } | undefined {
    const planned = record.withdrawals.get(item.paymentId);
    if (!planned) return undefined;
    if (item.status === 'NEEDS_ATTENTION') {
      if (options.outageOpen || planned.retries >= 5) return undefined;
      planned.retries += 1;
      return {
        by: DrillStaff.paymentsOps,
        task: async () => {
          const reply = await staff.call(
            DrillStaff.paymentsOps,
            'POST',
            `/api/payments/withdrawals/${item.paymentId}/retry-payout`,
            {},
          );
          if (reply.status < 300) record.operations['retry-payout'] += 1;
        },
      };
    }
    if (planned.cancelByPlayer && planned.decisions.length === 0) {
      planned.decisions.push('player:cancel');
      return {
        by: `player ${planned.playerId}`,
        task: async () => {
          const reply = await send('withdrawal', `${apiUrl}/player/v1/withdrawals/${item.paymentId}/cancel`, () => ({
            method: 'POST',
            headers: { 'content-type': 'application/json', ...authorizationOf(planned.playerId) },
            body: JSON.stringify({ playerId: planned.playerId }),
          }));
          if (reply.status < 300) record.operations.cancel += 1;
        },
      };
    }
    const second = item.status === 'AWAITING_SECOND_APPROVAL';
    const as = second
      ? DrillStaff.senior
      : planned.band === 'four-eyes'
        ? DrillStaff.secondOfficer
        : DrillStaff.officer;
    if (planned.decisions.includes(`${as}:done`)) return undefined;
    return { by: as, task: () => decide(item, planned, as, second) };
  }

  /** One officer's decision on one withdrawal, as planned; a refusal the plan did not expect is a violation. */
  async function decide(
    item: StaffWorkItem,
    planned: PlannedWithdrawal,
    as: DrillStaffName,
    second: boolean,
  ): Promise<void> {
    const approve = planned.decision === 'APPROVE' || (planned.band === 'four-eyes' && !second);
    const route = `/api/payments/withdrawals/${item.paymentId}/${approve ? 'approve' : 'reject'}`;
    let totp: string | undefined;
    if (planned.band === 'four-eyes' && approve) {
      totp = await staff.totp(as);
      if (!totp) return; // this officer has spent this step's codes: decide it on a later round
    }
    const body = approve ? { ...(totp ? { totp } : {}) } : { reason: `chaos drill ${runId}: rejected by plan` };
    const reply = await staff.call(as, 'POST', route, body);
    // ALREADY_DECIDED: this officer's earlier try (whose answer was lost) went through; the saga knows.
    if (reply.status < 300 || reply.json.code === 'ALREADY_DECIDED') {
      planned.decisions.push(`${as}:done`);
      if (reply.status < 300) record.operations.decision += 1;
    } else if (
      reply.status >= 500 ||
      [401, 408].includes(reply.status) ||
      reply.json.code === 'NOT_AWAITING_DECISION'
    ) {
      // NOT_AWAITING_DECISION while the list says it awaits one: the read model is ahead of a saga that is being
      // replayed after its worker died; a person would try again, and so does the drill.
      record.transientErrors += 1;
    } else {
      record.loadViolations.push({
        check: 'back office: a planned decision is accepted',
        detail: `${as} on ${item.paymentId} (${item.status}): ${reply.status} ${JSON.stringify(reply.json).slice(0, 200)}`,
      });
      planned.decisions.push(`${as}:done`, 'refused');
    }
  }

  /**
   * Runs every kind of operation in the mix side by side until `signal` aborts: each kind at its share of
   * `options.rate`, with its own in-flight limit, so a kind that waits on a down engine stalls only itself (bets
   * go on while Temporal is down; deposits go on while a worker restarts).
   */
  async function run(signal: AbortSignal, onError: (err: unknown) => void): Promise<void> {
    const shares = (Object.entries(options.mix) as [OperationKind, number][]).filter(([, weight]) => weight > 0);
    const total = shares.reduce((sum, [, weight]) => sum + weight, 0);
    await Promise.all([
      runNewcomers(signal, onError),
      ...shares.map(([kind, weight], index) =>
        runLane(
          // Each lane draws from its own generator, so one kind stalling does not change what the others choose.
          { kind, random: seededRandom(options.seed + 0x1a9e * (index + 1)) },
          (options.rate * weight) / total,
          signal,
          onError,
        ),
      ),
    ]);
  }

  /** Newcomers register at `options.newcomersPerMinute`, each on their own, from their own generator. */
  async function runNewcomers(signal: AbortSignal, onError: (err: unknown) => void): Promise<void> {
    if (options.newcomersPerMinute <= 0) return;
    const random = seededRandom(options.seed + 0x7e11);
    const interval = 60_000 / options.newcomersPerMinute;
    const inFlight = new Set<Promise<void>>();
    let next = Date.now() + random.next() * interval;
    while (!signal.aborted) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, next - Date.now()));
        signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
      });
      if (signal.aborted) break;
      next += interval;
      if (inFlight.size < IN_FLIGHT_PER_KIND) {
        const op = newcomer(random).catch(onError);
        inFlight.add(op);
        void op.finally(() => inFlight.delete(op));
      }
    }
    await Promise.all(inFlight);
  }

  async function runLane(lane: Lane, rate: number, signal: AbortSignal, onError: (err: unknown) => void) {
    const inFlight = new Set<Promise<void>>();
    const interval = 1000 / rate;
    // Lanes start spread over their first interval, not all in the same millisecond.
    let next = Date.now() + lane.random.next() * interval;
    await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
    while (!signal.aborted) {
      next += interval;
      if (inFlight.size >= IN_FLIGHT_PER_KIND) {
        record.shed[lane.kind] += 1;
      } else {
        const op = operations[lane.kind](lane).catch(onError);
        inFlight.add(op);
        void op.finally(() => inFlight.delete(op));
      }
      await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
    }
    await Promise.all(inFlight);
  }

  /**
   * True while the scripted staff still mean to decide this withdrawal, or this onboarding's KYC review (none of
   * their decisions on it was refused).
   */
  const staffWillDecide = (workflowId: string) => {
    const id = workflowId.split(':').pop()!;
    if (workflowId.startsWith('kyc:onboarding:')) {
      return ![...kycPlans.values()].some((p) => p.playerId === id && p.refused);
    }
    const planned = record.withdrawals.get(id);
    return planned !== undefined && !planned.decisions.includes('refused');
  };

  return {
    record,
    registerPlayers,
    run,
    actAsStaff,
    staffWillDecide,
    /**
     * A request of one of the run's players to the player API, as that player (the RG actions, drill-rg.ts), retried
     * like every request of the run while the API is down; answers the status, the body and when it was answered.
     */
    playerRequest: async (playerId: string, method: string, path: string, body?: unknown) => {
      const { status, text } = await send('rg', `${apiUrl}${path}`, () => ({
        method,
        headers: { 'content-type': 'application/json', ...authorizationOf(playerId) },
        body: body === undefined ? undefined : JSON.stringify(body),
      }));
      return { status, text, answeredAt: Date.now() };
    },
    /** A card deposit of a chosen amount (the AML patterns, drill-aml.ts); answers the payment id. */
    depositFor: (player: DrillPlayer, amountMinor: number) => sendDeposit('deposit', player, amountMinor, 'CARD'),
  };
}

export type DrillLoad = ReturnType<typeof createDrillLoad>;
