import { adminDomain } from './admin';
import { amlDomain } from './aml';
import type { DomainModule } from './domain-module';
import { jurisdictionsDomain } from './jurisdictions';
import { kycDomain } from './kyc';
import { opsDomain } from './ops';
import { paymentsDomain } from './payments';
import { playersDomain } from './players';
import { rgDomain } from './rg';
import { walletDomain } from './wallet';

/**
 * Every domain of the back office, in the order the API mounts their routes: the one list a new domain is added
 * to. The API, the stack's processes and topics, and the worker bundle all read it.
 */
export const domains: readonly DomainModule[] = [
  adminDomain,
  opsDomain,
  playersDomain,
  walletDomain,
  paymentsDomain,
  jurisdictionsDomain,
  kycDomain,
  amlDomain,
  rgDomain,
];
