import { api, resultOf } from '../api/http';
import type { components } from '../api/openapi-types';

// KYC standing and enhanced due diligence calls (the player 360's KYC panel). The types are the OpenAPI document's.

type Schemas = components['schemas'];

/** A player's KYC standing: verification, the due diligence level required, any restriction, the open request. */
export type KycStanding = Schemas['KycStanding'];

export function getKycStanding(playerId: string, signal?: AbortSignal): Promise<KycStanding> {
  return resultOf(api.GET('/api/kyc/players/{playerId}/standing', { params: { path: { playerId } }, signal }));
}

/** Clears a source-of-funds request and any restriction it caused; the reason goes into the audit log. */
export function clearSourceOfFunds(playerId: string, requestId: string, reason: string) {
  return resultOf(
    api.POST('/api/kyc/players/{playerId}/source-of-funds/{requestId}/clear', {
      params: { path: { playerId, requestId } },
      body: { reason },
    }),
  );
}
