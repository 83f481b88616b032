// Public API of pinpoint-iam as a library for other cdktf apps. Re-exports only.
export { PinpointExportRole, type PinpointExportRoleProps } from './constructs/pinpoint-export-role';
export { PinpointIamStack, type PinpointIamStackProps } from './stacks/pinpoint-iam-stack';
export { buildApp, stackName, type BuildAppOptions } from './app';
export { ExportRoleModuleStack } from './stacks/export-role-module-stack';
export { MODULE_VARIABLES, MODULE_OUTPUTS, type ModuleVariable, type ModuleOutput } from './stacks/module-variables';
export { generateModule, moduleFiles, MODULE_DIR, AWS_PROVIDER_VERSIONS, TERRAFORM_VERSIONS, type ModuleFiles } from './module/generate';
export { buildExportPolicy, type ExportPolicyInput, type S3AccessMode } from './policies/export-policy';
export { buildTrustPolicy, PINPOINT_SERVICE_PRINCIPAL, type TrustPolicyInput } from './policies/trust-policy';
export { documentProblems, trustProblems, minifiedSize, POLICY_SIZE_LIMITS, type DocumentKind } from './policies/checks';
export { parseApplicationArn, APPLICATION_ARN_FORM, type ApplicationArnParts } from './policies/arn';
export type { PolicyDocument, Statement, Conditions, Principal } from './policies/document';
export { validateConfig, validateConfigText, type ValidationResult } from './config/validate';
export { loadConfig, configPath, CONFIG_ENV, DEFAULT_CONFIG_FILE } from './config/load';
export { ConfigError, type ConfigIssue } from './config/issue';
export { configJsonSchema } from './config/schema';
export type { PinpointIamConfig, ExportRoleConfig, ResolvedConfig, ResolvedExportRole } from './config/types';
