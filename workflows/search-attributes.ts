// @temporalio/common is the SDK's shared, sandbox-safe half; @temporalio/workflow does not re-export these.
import { defineSearchAttributeKey } from '@temporalio/common';
import { SearchAttribute } from '../contracts/search-attributes';

// The SDK's typed keys of the contract's search attributes, for workflows and for the Temporal client code that
// starts workflows with them or lists workflows by them.

const { PlayerId, Brand, AmountMinor, Currency, Psp, BusinessStatus, BusinessId, Jurisdiction } = SearchAttribute;
/** The player a workflow is about. */
export const PlayerIdSearchAttribute = defineSearchAttributeKey(PlayerId.name, PlayerId.type);
/** The brand the player plays under. */
export const BrandSearchAttribute = defineSearchAttributeKey(Brand.name, Brand.type);
/** The amount a payment moves, in minor units. */
export const AmountMinorSearchAttribute = defineSearchAttributeKey(AmountMinor.name, AmountMinor.type);
/** The currency of that amount. */
export const CurrencySearchAttribute = defineSearchAttributeKey(Currency.name, Currency.type);
/** The PSP a payment is with. */
export const PspSearchAttribute = defineSearchAttributeKey(Psp.name, Psp.type);
/** The business status of the process, in the domain's own words (e.g. AWAITING_APPROVAL). */
export const BusinessStatusSearchAttribute = defineSearchAttributeKey(BusinessStatus.name, BusinessStatus.type);
/** The bare business id that staff see (`wd_…`, a probe's or a reconciliation run's id), set when it starts. */
export const BusinessIdSearchAttribute = defineSearchAttributeKey(BusinessId.name, BusinessId.type);
/** The jurisdiction code whose rules apply to the player (`GB`, `MT`): a code, never personal data. */
export const JurisdictionSearchAttribute = defineSearchAttributeKey(Jurisdiction.name, Jurisdiction.type);
