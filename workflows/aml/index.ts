// The AML domain's workflows, registered by every worker through the generated bundle entry.
export { amlCaseWorkflow } from './case';
export { amlRetentionWorkflow } from './retention';
