import type { Screen } from '../../domain-ui';

// PLACEHOLDER (owned by aml-retention): replaced by its screens.
export const amlRetentionScreens: readonly Screen[] = [];
