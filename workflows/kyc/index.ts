// The KYC domain's workflows, registered by every worker through the generated bundle entry.
export { kycOnboardingWorkflow } from './onboarding';
export { rescreeningWorkflow } from './rescreening';
export { dueDiligenceWorkflow } from './due-diligence';
