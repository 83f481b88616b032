/**
 * The preset grants. Their action lists come from the IAM catalogue, not from hand-kept lists,
 * so a catalogue update shows up as a plan change for review. Every statement is an Allow with
 * explicit actions and resources; Sids carry the grant's index so they stay unique in a policy.
 */
import { parseApplicationArn, type ApplicationArnParts } from '../arn';
import type { Statement } from '../document';
import { endpointArn, projectArn, projectChildrenArn, projectEventsArn, serviceResourcesArn, type ResourceScope } from './arns';
import { isReadOrList, isWildcardOnly, mayNameNoResource, pinpointCatalogue, resourceTypeOf } from './catalogue';
import type { AdminGrant, AppClientGrant, ReadOnlyGrant } from './grants';
import { partitionFor } from './references';

/**
 * The actions a mobile or web app calls with its (often shared, often unauthenticated) credentials:
 * register or update its own endpoint, and report usage events. This is the pair AWS documents
 * for app users' roles. Deliberately left out: `GetEndpoint` (with shared credentials any app user
 * could read another user's endpoint, its address and attributes, by ID) and `UpdateEndpointsBatch`
 * (a server-side import call; from a client it would rewrite up to 100 endpoints per request).
 */
export const APP_CLIENT_ACTIONS = { events: 'mobiletargeting:PutEvents', endpoint: 'mobiletargeting:UpdateEndpoint' } as const;

/** True when a resource type lives inside a project (its ARN starts with `apps/${AppId}`). */
function isProjectScoped(format: string): boolean {
  return /:apps\/\$\{AppId\}(\/|$)/.test(format);
}

/**
 * Every List and Read action of the Pinpoint API that acts on a project or something inside it.
 * Account-level reads (GetApps, GetReports, templates, recommenders, PhoneNumberValidate, which
 * is billed) act on nothing inside a project, so a project-scoped read grant leaves them out.
 */
export function readOnlyProjectActions(): string[] {
  return pinpointCatalogue()
    .actions.filter((a) => a.service === 'mobiletargeting' && isReadOrList(a))
    .filter((a) => a.resourceTypes.some((r) => isProjectScoped(resourceTypeOf(a, r.name)?.arnFormat ?? '')))
    .map((a) => a.fullName);
}

/** List and Read actions of the Pinpoint API that support no resource type, so only `*` (none today). */
export function readOnlyWildcardActions(): string[] {
  return pinpointCatalogue().actions.filter((a) => a.service === 'mobiletargeting' && isReadOrList(a) && isWildcardOnly(a)).map((a) => a.fullName);
}

/**
 * Actions of either service that a request may make without naming any resource (no required
 * resource type: account settings, spend limits, Describe* without IDs, …). IAM authorizes such a
 * request against `*`, which an account-scoped ARN does not match, so admin needs them on `*`.
 */
export function accountLevelActions(): string[] {
  // The catalogue's actions are sorted by full name already.
  return pinpointCatalogue().actions.filter(mayNameNoResource).map((a) => a.fullName);
}

function projects(arns: readonly string[]): ApplicationArnParts[] {
  return arns.map((arn) => {
    const parsed = parseApplicationArn(arn);
    if (!parsed.ok) throw new Error(`access grant built from an unvalidated application ARN ${JSON.stringify(arn)}: ${parsed.reason}`);
    return parsed.value;
  });
}

/** Read-only: the project-scoped List and Read actions on each project and everything below it. */
export function readOnlyStatements(grant: ReadOnlyGrant, index: number): Statement[] {
  const apps = projects(grant.applicationArns);
  const statements: Statement[] = [
    {
      Sid: `Grant${index}ReadProjects`,
      Effect: 'Allow',
      Action: readOnlyProjectActions(),
      // The project itself (GetApp, GetSegments, …) and its children (campaigns, segments, metrics, …).
      Resource: apps.flatMap((app) => [projectArn(app), projectChildrenArn(app)]),
    },
  ];
  const wildcard = readOnlyWildcardActions();
  if (wildcard.length > 0) {
    // Read actions that support no resource type can only be granted on "*"; kept apart so the
    // project statement stays exactly project-scoped.
    statements.push({ Sid: `Grant${index}ReadAccountLevel`, Effect: 'Allow', Action: wildcard, Resource: ['*'] });
  }
  return statements;
}

/** App client: report events to, and register endpoints in, its own project(s) only. */
export function appClientStatements(grant: AppClientGrant, index: number): Statement[] {
  const apps = projects(grant.applicationArns);
  return [
    // PutEvents acts on the project's `events` resource, nothing else.
    { Sid: `Grant${index}ReportEvents`, Effect: 'Allow', Action: [APP_CLIENT_ACTIONS.events], Resource: apps.map(projectEventsArn) },
    // UpdateEndpoint acts on one endpoint; the app chooses its endpoint ID, so every endpoint of the project.
    { Sid: `Grant${index}RegisterEndpoints`, Effect: 'Allow', Action: [APP_CLIENT_ACTIONS.endpoint], Resource: apps.map((app) => endpointArn(app, '*')) },
  ];
}

/**
 * Admin: every action of both services, but only on the account's own resources. `service:*` is
 * scoped to `arn:<partition>:<service>:<region or *>:<account>:*`, so resources other accounts
 * share through resource policies stay out of reach. A request that names no resource (spend
 * limits, Describe* without IDs, SendTextMessage without an origination identity) is authorized
 * against `*`, which no account-scoped ARN matches; the actions that may do that, and only those,
 * are listed one by one on `*`. `StringEqualsIfExists aws:ResourceAccount` keeps that statement
 * in the account too: when such a request does name a resource, it must be the account's own.
 * With a region, `aws:RequestedRegion` confines it as the ARNs confine the others.
 */
export function adminStatements(grant: AdminGrant, index: number): Statement[] {
  const scope: ResourceScope = { partition: partitionFor(grant.region, grant.partition), region: grant.region ?? '*', account: grant.account };
  const accountLevel: Statement = {
    Sid: `Grant${index}AdminAccountLevel`,
    Effect: 'Allow',
    Action: accountLevelActions(),
    Resource: ['*'],
    Condition: {
      StringEqualsIfExists: { 'aws:ResourceAccount': grant.account },
      ...(grant.region !== undefined && { StringEquals: { 'aws:RequestedRegion': grant.region } }),
    },
  };
  return [
    { Sid: `Grant${index}AdminPinpoint`, Effect: 'Allow', Action: ['mobiletargeting:*'], Resource: [serviceResourcesArn(scope, 'mobiletargeting')] },
    { Sid: `Grant${index}AdminSmsVoice`, Effect: 'Allow', Action: ['sms-voice:*'], Resource: [serviceResourcesArn(scope, 'sms-voice')] },
    ...(accountLevel.Action.length > 0 ? [accountLevel] : []),
  ];
}
