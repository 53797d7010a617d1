/** Why a player is held for a KYC decision, in the officers' words. */
export const REVIEW_REASON_LABEL: Record<string, string> = {
  SCREENING_HIT: 'Sanctions or PEP hit',
  SCREENING_FAILED: 'Could not be screened: personal data unreadable',
  CHECK_NEEDS_REVIEW: 'A document check needs review',
  PROVIDER_TIMEOUT: 'The provider did not answer in time',
};
