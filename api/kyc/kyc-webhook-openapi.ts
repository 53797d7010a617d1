import { kycWebhookSchema } from '../../domain/kyc/kyc-webhook';
import { answeredWith, NOT_FOUND, type DomainOpenApi } from '../openapi/operation-spec';
import { KYC_WEBHOOK_PATH, kycWebhookReceiptSchema, kycWebhookRejectionDetail } from './kyc-webhook-router';

const kycWebhooksTag = 'KYC provider webhooks';

/** The KYC provider's webhook, for kycflow's `api/kyc/openapi.ts` to include in the KYC domain's part. */
export const kycWebhookOpenApi: DomainOpenApi = {
  tags: [
    {
      name: kycWebhooksTag,
      description:
        'The identity-verification provider reports the result of our document, liveness and address checks here ' +
        '(see `kycWebhookSignature`).',
    },
  ],
  requestSchemas: [[kycWebhookSchema, 'KycWebhook']],
  operations: [
    {
      method: 'post',
      path: KYC_WEBHOOK_PATH,
      operationId: 'receiveKycWebhook',
      tag: kycWebhooksTag,
      summary: "Receive the KYC provider's result of one of our checks",
      description:
        "Stored once by the provider's check id and relayed to the player's onboarding workflow as a Signal. A " +
        'duplicate is acknowledged and changes nothing; a check we do not know (or not of that player and kind) ' +
        'answers 404 so that the provider retries later. A refused webhook writes nothing.',
      caller: 'KYC provider',
      body: kycWebhookSchema,
      success: { status: 200, description: 'Received.', schema: kycWebhookReceiptSchema },
      errors: { ...NOT_FOUND, ...answeredWith(401, Object.keys(kycWebhookRejectionDetail)) },
    },
  ],
};
