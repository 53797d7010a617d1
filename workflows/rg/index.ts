// The responsible-gambling domain's workflows, registered by every worker through the generated bundle entry.
// Each part of the domain adds its workflows here (limit changes, exclusions, interventions, vulnerability checks).

// rg-limits:
export { rgLimitChangeWorkflow } from './limit-change';
// rg-exclusions:
export { rgExclusionWorkflow } from './exclusion';
// rg-harm:
export { rgInterventionWorkflow } from './intervention';
export { rgVulnerabilityCheckWorkflow } from './vulnerability-check';
