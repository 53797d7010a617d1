// PLACEHOLDER (owned by aml-cases)
// The AML domain's workflows, registered by every worker through the generated bundle entry.
export { amlRetentionWorkflow } from './retention';
