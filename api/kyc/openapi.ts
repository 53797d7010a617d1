import type { DomainOpenApi } from '../openapi/operation-spec';
import { kycWebhookOpenApi } from './kyc-webhook-openapi';

// PLACEHOLDER: replaced by kycflow's file at merge, which adds kycWebhookOpenApi's tags, request schemas and
// operations to its own.

/** KYC: the provider's webhook (the onboarding, screening and review routes come with the other parts of issue 14). */
export const kycOpenApi: DomainOpenApi = kycWebhookOpenApi;
