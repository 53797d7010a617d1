import type { Client } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import type { SessionStore } from '../domain/admin/sessions';
import type { ServiceLevelSamplers } from '../domain/ops/service-level-samplers';
import type { GameSessionSettings } from '../domain/wallet/game-sessions';
import type { PersonalDataVault } from '../domain/wallet/player-personal-data';
import type { TrustProxy } from '../platform/client-address';
import type { Db } from '../platform/db';
import type { HealthDeps } from '../platform/health';
import type { Logger } from '../platform/logger';
import type { RateLimitSettings } from '../platform/rate-limit';
import type { PlayerTokenVerifier } from '../platform/player-tokens';
import type { PaymentSettings } from './payments/player-payments-router';

/** Everything the API talks to; tests pass the real engines. */
export interface AppDeps extends HealthDeps {
  db: Db;
  /** A small pool for the Operations page's SLO reads, apart from `db` (which serves the seamless wallet). */
  sloDb?: Db;
  temporal: Client;
  logger: Logger;
  temporalWebLink: (workflowId: string) => string;
  /** Verifies the player API's bearer tokens (platform/player-tokens.ts). */
  verifyPlayerToken: PlayerTokenVerifier;
  /** HMAC secret per game provider for the seamless wallet. */
  gameProviderSecrets: ReadonlyMap<string, string>;
  walletSignatureToleranceSeconds: number;
  /** How long the game sessions opened through the player API live. */
  gameSessionSettings: GameSessionSettings;
  /** HMAC secret per PSP for its webhooks. */
  pspWebhookSecrets: ReadonlyMap<string, string>;
  pspWebhookToleranceSeconds: number;
  /** HMAC secret of the KYC provider's webhooks. */
  kycWebhookSecret: string;
  kycWebhookToleranceSeconds: number;
  /** Seals and opens players' personal data (envelope encryption, blind indexes). */
  personalDataVault: PersonalDataVault;
  /** The rules and timeouts payment sagas are started with. */
  paymentSettings: PaymentSettings;
  /** How long a new player's onboarding waits for the KYC provider's checks (KYC_CHECKS_TIMEOUT_SECONDS). */
  kycChecksTimeoutMs: number;
  /** Who we are to the financial intelligence unit, in every SAR export (AML_REPORTING_ENTITY_ID and _NAME). */
  amlReportingEntity: { id: string; name: string };
  /** The proxies in front of the API to believe (TRUST_PROXY); none when unset. */
  trustProxy?: TrustProxy;
  /** Requests per second per caller (RATE_LIMIT_*); the configuration's defaults when unset. */
  rateLimits?: RateLimitSettings;
  /** The codec of `temporal`'s payloads, which the codec server at `/codec` runs for Temporal Web. */
  payloadCodec: PayloadCodec;
  /** The origins (Temporal Web's) whose pages may call the codec server at `/codec` with the staff session. */
  codecAllowedOrigins: readonly string[];
  /** Built admin UI to serve at `/`; skipped when it has not been built. */
  adminUiDir?: string;
  /** Staff sessions; tests pass one with a clock of their own. */
  sessions?: SessionStore;
  /** The API process's SLO samplers (started and stopped with it); without them the SLO report samples on demand. */
  serviceLevelSamplers?: ServiceLevelSamplers;
}
