import { adminUi } from './admin/admin-ui';
import { amlUi } from './aml/aml-ui';
import type { DomainUi } from './domain-ui';
import { jurisdictionsUi } from './jurisdictions/jurisdictions-ui';
import { kycUi } from './kyc/kyc-ui';
import { opsUi } from './ops/ops-ui';
import { paymentsUi } from './payments/payments-ui';
import { playersUi } from './players/players-ui';
import { rgUi } from './rg/rg-ui';

/** Every domain's screens, in the order the main navigation lists them: the one list a new domain is added to. */
export const domainUis: readonly DomainUi[] = [
  paymentsUi,
  playersUi,
  rgUi,
  adminUi,
  kycUi,
  amlUi,
  jurisdictionsUi,
  opsUi,
];
