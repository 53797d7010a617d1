import { z } from 'zod';
import { KycCheckKind, KycCheckOutcome } from '../../contracts/kyc';
import type { PostalAddress } from '../wallet/player-personal-data';
import { kycReasonCode } from './kyc-webhook';

/** What the provider is told about the applicant: personal data, sent to it and never to a workflow. */
export interface KycApplicant {
  givenName?: string;
  familyName?: string;
  dateOfBirth: string;
  /** The player's jurisdiction's country (ISO 3166-1 alpha-2). */
  country: string;
  address?: PostalAddress;
}

/** One check to request; `reference` is ours and doubles as the idempotency key. */
export interface KycCheckRequest {
  reference: string;
  playerId: string;
  kind: KycCheckKind;
  applicant: KycApplicant;
}

/** The provider's view of a check, as it answers a request. */
export const kycProviderCheckSchema = z.object({
  checkId: z.string().min(1).max(200),
  reference: z.string().min(1).max(200),
  playerId: z.string().min(1).max(200),
  kind: z.enum(KycCheckKind),
  status: z.enum(['PENDING', 'COMPLETED']),
  outcome: z.enum(KycCheckOutcome).optional(),
  reasons: z.array(kycReasonCode).max(10).default([]),
  createdAt: z.iso.datetime({ offset: true }),
  completedAt: z.iso.datetime({ offset: true }).optional(),
});
export type KycProviderCheck = z.infer<typeof kycProviderCheckSchema>;

/** Thrown when the provider cannot be reached, times out or answers 5xx: the same request may be sent again. */
export class KycProviderUnavailableError extends Error {
  constructor(
    readonly status: number | undefined,
    readonly why: string,
  ) {
    super(`the KYC provider is unavailable: ${why}`);
    this.name = 'KycProviderUnavailableError';
  }
}

/**
 * Thrown when the provider refuses the request itself (a 4xx, a bug on our side) or answers something we cannot
 * read: the same request would meet the same answer. Only the provider's error code is kept, never its detail,
 * which may quote the applicant's data.
 */
export class KycProviderRequestRefusedError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(`the KYC provider refused the request with HTTP ${status} (${code})`);
    this.name = 'KycProviderRequestRefusedError';
  }
}

/** The identity-verification provider, as the back office uses it. */
export interface KycProvider {
  /** Requests a check, idempotently by `request.reference`; the result follows by webhook. */
  requestCheck(request: KycCheckRequest): Promise<KycProviderCheck>;
}

const errorCodeOf = (body: string) => {
  try {
    const code = (JSON.parse(body) as { error?: unknown }).error;
    return typeof code === 'string' ? code.slice(0, 60) : 'unknown';
  } catch {
    return 'unknown';
  }
};

/** The provider's HTTP API (`POST /v1/checks`) at `baseUrl`, its answers validated with zod. */
export function createKycProviderClient(options: { baseUrl: string; timeoutMs?: number }): KycProvider {
  const base = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 10_000;

  async function call(path: string, init: RequestInit): Promise<{ status: number; body: string }> {
    try {
      const response = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      return { status: response.status, body: await response.text() };
    } catch (err) {
      throw new KycProviderUnavailableError(undefined, err instanceof Error ? err.name : 'network error');
    }
  }

  function checkOf(answer: { status: number; body: string }): KycProviderCheck {
    if (answer.status >= 500) throw new KycProviderUnavailableError(answer.status, `HTTP ${answer.status}`);
    if (answer.status >= 300) throw new KycProviderRequestRefusedError(answer.status, errorCodeOf(answer.body));
    let json: unknown;
    try {
      json = JSON.parse(answer.body);
    } catch {
      throw new KycProviderRequestRefusedError(answer.status, 'unreadable_answer');
    }
    const parsed = kycProviderCheckSchema.safeParse(json);
    if (!parsed.success) throw new KycProviderRequestRefusedError(answer.status, 'unexpected_answer');
    return parsed.data;
  }

  return {
    async requestCheck(request) {
      const answer = await call('/v1/checks', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': request.reference },
        body: JSON.stringify(request),
      });
      const check = checkOf(answer);
      if (check.reference !== request.reference || check.kind !== request.kind) {
        throw new KycProviderRequestRefusedError(answer.status, 'answer_for_another_check');
      }
      return check;
    },
  };
}
