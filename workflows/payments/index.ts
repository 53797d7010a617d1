// The payments domain's workflows, registered by every worker through the generated bundle entry.
export { depositWorkflow } from './deposit';
export { withdrawalWorkflow } from './withdrawal';
export { reconciliationWorkflow } from './reconciliation';
