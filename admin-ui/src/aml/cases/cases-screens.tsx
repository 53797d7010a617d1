import type { Screen } from '../../domain-ui';

// PLACEHOLDER (owned by aml-cases): replaced by its screens.
export const amlCaseScreens: readonly Screen[] = [];
