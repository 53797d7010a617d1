import { api, resultOf } from '../../api/http';
import type { components, operations } from '../../api/openapi-types';

// AML monitoring through the generated client: rules, versions, back-tests, alerts and risk scores.

export type AmlRuleSummary = components['schemas']['AmlRuleSummary'];
export type AmlRuleDetail = components['schemas']['AmlRuleDetail'];
export type AmlRuleVersion = components['schemas']['AmlRuleVersion'];
export type AmlRuleDefinition = components['schemas']['AmlRuleDefinition'];
export type AmlBacktest = components['schemas']['AmlBacktest'];
export type AmlAlertSummary = components['schemas']['AmlAlertSummary'];
export type AmlAlertDetail = components['schemas']['AmlAlertDetail'];
export type PlayerRiskScore = components['schemas']['PlayerRiskScore'];
export type AlertQuery = NonNullable<operations['listAmlAlerts']['parameters']['query']>;

/** Every rule with its live version and precision. */
export const listAmlRules = (signal?: AbortSignal) => resultOf(api.GET('/api/aml/rules', { signal }));

/** One rule, its versions and recent back-tests. */
export const getAmlRule = (ruleId: string, signal?: AbortSignal) =>
  resultOf(api.GET('/api/aml/rules/{ruleId}', { params: { path: { ruleId } }, signal }));

/** Proposes a new version (not live until the MLRO makes it so). */
export const createAmlRuleVersion = (ruleId: string, body: components['schemas']['AmlRuleVersionRequest']) =>
  resultOf(api.POST('/api/aml/rules/{ruleId}/versions', { params: { path: { ruleId } }, body }));

/** Makes a version the one the monitor evaluates. */
export const makeAmlRuleVersionLive = (ruleId: string, version: number, reason: string) =>
  resultOf(
    api.POST('/api/aml/rules/{ruleId}/versions/{version}/live', {
      params: { path: { ruleId, version } },
      body: { reason },
    }),
  );

/** Back-tests a version or an unsaved definition over a period. */
export const runAmlBacktest = (ruleId: string, body: components['schemas']['AmlBacktestRequest']) =>
  resultOf(api.POST('/api/aml/rules/{ruleId}/backtests', { params: { path: { ruleId } }, body }));

/** A page of the alert queue. */
export const listAmlAlerts = (query: AlertQuery, signal?: AbortSignal) =>
  resultOf(api.GET('/api/aml/alerts', { params: { query }, signal }));

/** One alert with what its rule read. */
export const getAmlAlert = (alertId: string, signal?: AbortSignal) =>
  resultOf(api.GET('/api/aml/alerts/{alertId}', { params: { path: { alertId } }, signal }));

/** A player's risk score with the contributions of each rule version. */
export const getPlayerRiskScore = (playerId: string, signal?: AbortSignal) =>
  resultOf(api.GET('/api/aml/players/{playerId}/risk-score', { params: { path: { playerId } }, signal }));

/** Severity colours, the same on every AML screen. */
export const SEVERITY_COLOR: Record<string, string> = {
  LOW: 'gray',
  MEDIUM: 'yellow',
  HIGH: 'orange',
  CRITICAL: 'red',
};

/** Words of the trade for the monitored events. */
export const EVENT_KIND_LABEL: Record<string, string> = {
  DEPOSIT_CREDITED: 'Deposit credited',
  DEPOSIT_FAILED: 'Deposit declined or refused',
  WITHDRAWAL_REQUESTED: 'Withdrawal requested',
  KYC_CHANGED: 'KYC status changed',
};

/** A precision as a percentage, or a dash before any case has judged the rule's alerts. */
export const formatPrecision = (p: number | null) => (p === null ? '—' : `${Math.round(p * 100)} %`);
