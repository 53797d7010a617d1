import type { DomainUi } from '../domain-ui';
import { amlCaseScreens } from './cases/cases-screens';
import { amlMonitoringScreens } from './monitoring/monitoring-screens';
import { amlRetentionScreens } from './retention/retention-screens';

/**
 * AML: the case queue and case files where analysts, compliance officers and the MLRO work suspicious activity; the
 * alerts the monitoring rules raise, the rules with their versions, back-tests and precision; record retention.
 */
export const amlUi: DomainUi = {
  name: 'aml',
  screens: [...amlCaseScreens, ...amlMonitoringScreens, ...amlRetentionScreens],
};
