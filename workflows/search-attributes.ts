// @temporalio/common is the SDK's shared, sandbox-safe half; @temporalio/workflow does not re-export these.
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Custom search attributes every domain upserts, so engineers can filter Temporal Web by business facts. */
export const PlayerIdSearchAttribute = defineSearchAttributeKey('PlayerId', SearchAttributeType.KEYWORD);
export const BrandSearchAttribute = defineSearchAttributeKey('Brand', SearchAttributeType.KEYWORD);
export const AmountMinorSearchAttribute = defineSearchAttributeKey('AmountMinor', SearchAttributeType.INT);
export const CurrencySearchAttribute = defineSearchAttributeKey('Currency', SearchAttributeType.KEYWORD);
export const PspSearchAttribute = defineSearchAttributeKey('Psp', SearchAttributeType.KEYWORD);
export const BusinessStatusSearchAttribute = defineSearchAttributeKey('BusinessStatus', SearchAttributeType.KEYWORD);

/** Registered on the namespace at stack start (see platform/temporal.ts). */
export const customSearchAttributes = [
  PlayerIdSearchAttribute,
  BrandSearchAttribute,
  AmountMinorSearchAttribute,
  CurrencySearchAttribute,
  PspSearchAttribute,
  BusinessStatusSearchAttribute,
] as const;
