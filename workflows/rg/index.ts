// The responsible-gambling domain's workflows, registered by every worker through the generated bundle entry.
// Each part of the domain adds its workflows here (limit changes, exclusions, interventions, vulnerability checks).
// rg-harm:
export { rgInterventionWorkflow } from './intervention';
export { rgVulnerabilityCheckWorkflow } from './vulnerability-check';
