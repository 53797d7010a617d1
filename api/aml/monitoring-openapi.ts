import { NOT_FOUND, type DomainOpenApi } from '../openapi/operation-spec';
import {
  alertIdParam,
  alertQuery,
  AmlMonitoringErrorCode,
  backtestBody,
  backtestIdParam,
  makeLiveBody,
  newRuleVersionBody,
  playerIdParam,
  ruleIdParam,
  ruleVersionParam,
} from './monitoring-router';
import {
  amlAlertDetailSchema,
  amlAlertPageSchema,
  amlBacktestSchema,
  amlRuleDetailSchema,
  amlRuleListSchema,
  amlRuleLiveResultSchema,
  amlRuleVersionSchema,
  playerRiskScoreSchema,
} from './monitoring-response-schemas';

const tag = 'Back office: AML monitoring';

/** The monitoring routes (api/aml/monitoring-router.ts), one part of the AML domain's document (api/aml/openapi.ts). */
export const amlMonitoringOpenApi: DomainOpenApi = {
  tags: [
    {
      name: tag,
      description:
        'Transaction monitoring: rules as versioned data (a CEL condition over the event and the player history, ' +
        'with its parameters, severity and score), back-tests over recorded events, the alerts the live versions ' +
        'raise with what they read, and each player’s risk score.',
    },
  ],
  requestSchemas: [
    [newRuleVersionBody, 'AmlRuleVersionRequest'],
    [makeLiveBody, 'AmlRuleLiveRequest'],
    [backtestBody, 'AmlBacktestRequest'],
  ],
  operations: [
    {
      method: 'get',
      path: '/api/aml/rules',
      operationId: 'listAmlRules',
      tag,
      summary: 'Every rule with its live version and precision',
      caller: 'staff',
      success: { status: 200, description: 'The rules by name.', schema: amlRuleListSchema },
    },
    {
      method: 'get',
      path: '/api/aml/rules/:ruleId',
      operationId: 'getAmlRule',
      tag,
      summary: 'One rule with every version and its recent back-tests',
      caller: 'staff',
      params: ruleIdParam,
      success: { status: 200, description: 'The rule.', schema: amlRuleDetailSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'post',
      path: '/api/aml/rules/:ruleId/versions',
      operationId: 'createAmlRuleVersion',
      tag,
      summary: 'Propose a new version of a rule (or the first of a new rule)',
      description:
        'The version is stored, not live: an MLRO makes it live. Old versions stay as they were; every alert keeps ' +
        'the version that raised it. Audited with its reason.',
      caller: 'staff',
      params: ruleIdParam,
      body: newRuleVersionBody,
      success: { status: 201, description: 'The new version.', schema: amlRuleVersionSchema },
      errors: { ...NOT_FOUND, ...AmlMonitoringErrorCode },
    },
    {
      method: 'post',
      path: '/api/aml/rules/:ruleId/versions/:version/live',
      operationId: 'makeAmlRuleVersionLive',
      tag,
      summary: 'Make a version the one the monitor evaluates',
      description: 'MLRO only. From the next event on, the monitor evaluates this version. Audited with its reason.',
      caller: 'staff',
      params: ruleVersionParam,
      body: makeLiveBody,
      success: { status: 200, description: 'The live version now and before.', schema: amlRuleLiveResultSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'post',
      path: '/api/aml/rules/:ruleId/backtests',
      operationId: 'runAmlBacktest',
      tag,
      summary: 'Back-test a version or an unsaved definition over a past period',
      description:
        'Replays the recorded monitored events of the period (at most 92 days) through the rule, with its ' +
        'suppression, and answers how many alerts it would have raised, for whom and per day. No alert is written.',
      caller: 'staff',
      params: ruleIdParam,
      body: backtestBody,
      success: { status: 201, description: 'The back-test and its result.', schema: amlBacktestSchema },
      errors: { ...NOT_FOUND, AML_RULE_DEFINITION_INVALID: AmlMonitoringErrorCode.AML_RULE_DEFINITION_INVALID },
    },
    {
      method: 'get',
      path: '/api/aml/backtests/:backtestId',
      operationId: 'getAmlBacktest',
      tag,
      summary: 'One back-test and its result',
      caller: 'staff',
      params: backtestIdParam,
      success: { status: 200, description: 'The back-test.', schema: amlBacktestSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'get',
      path: '/api/aml/alerts',
      operationId: 'listAmlAlerts',
      tag,
      summary: 'The alert queue',
      description: 'Filters, sorting and paging on the server; `assignee` goes through the case an alert is filed in.',
      caller: 'staff',
      query: alertQuery,
      success: { status: 200, description: 'A page of alerts.', schema: amlAlertPageSchema },
    },
    {
      method: 'get',
      path: '/api/aml/alerts/:alertId',
      operationId: 'getAmlAlert',
      tag,
      summary: 'One alert with the facts its rule version read',
      caller: 'staff',
      params: alertIdParam,
      success: { status: 200, description: 'The alert and its explanation.', schema: amlAlertDetailSchema },
      errors: NOT_FOUND,
    },
    {
      method: 'get',
      path: '/api/aml/players/:playerId/risk-score',
      operationId: 'getPlayerRiskScore',
      tag,
      summary: "A player's risk score and what each rule contributed",
      description: 'The sum of the scores of the player’s alerts in the last year, false positives left out.',
      caller: 'staff',
      params: playerIdParam,
      success: { status: 200, description: 'The score and its contributions.', schema: playerRiskScoreSchema },
    },
  ],
};
