import type { Screen } from '../../domain-ui';

// PLACEHOLDER (owned by aml-rules): replaced by its screens.
export const amlMonitoringScreens: readonly Screen[] = [];
