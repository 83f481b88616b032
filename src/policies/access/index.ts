// Public API of the access-policy builders, for src/index.ts to re-export. Re-exports only.
export {
  campaignArn,
  configurationSetArn,
  endpointArn,
  journeyArn,
  optOutListArn,
  phoneNumberArn,
  pinpointArn,
  poolArn,
  projectArn,
  projectChildrenArn,
  projectEventsArn,
  recommenderArn,
  segmentArn,
  senderIdArn,
  serviceResourcesArn,
  templateArn,
  TEMPLATE_TYPES,
  type ProjectScope,
  type ResourceScope,
  type TemplateType,
} from './arns';
export {
  PRESETS,
  RESOURCE_REF_TYPES,
  isPreset,
  type AccessGrant,
  type AdminGrant,
  type AppClientGrant,
  type CustomGrant,
  type GrantConditions,
  type IdRef,
  type NamedRef,
  type PresetName,
  type ProjectChildRef,
  type ProjectRef,
  type ReadOnlyGrant,
  type ResourceInput,
  type ResourceRef,
  type SenderIdRef,
  type TemplateRef,
} from './grants';
export { buildAccessPolicy, grantStatements } from './build';
export { APP_CLIENT_ACTIONS, accountLevelActions, readOnlyProjectActions, readOnlyWildcardActions } from './presets';
export { referenceArn } from './references';
export { accessPolicyProblems, checkAccessPolicy, type AccessCheckResult, type AccessPolicyInput } from './validate';
export type { AccessProblem } from '../problems';
export {
  PINPOINT_SERVICES,
  findAction,
  matchActions,
  pinpointCatalogue,
  type Catalogue,
  type CatalogueAction,
  type CatalogueResourceType,
  type PinpointService,
} from './catalogue';
