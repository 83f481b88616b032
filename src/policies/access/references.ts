/** Turns typed resource references into ARNs, and tells which account and partition a resource is in. */
import { parseApplicationArn } from '../arn';
import { partitionOfRegion } from '../partitions';
import {
  campaignArn,
  configurationSetArn,
  journeyArn,
  optOutListArn,
  phoneNumberArn,
  poolArn,
  projectArn,
  recommenderArn,
  segmentArn,
  senderIdArn,
  templateArn,
  type ProjectScope,
  type ResourceScope,
} from './arns';
import type { ResourceInput, ResourceRef } from './grants';

/** The catalogue resource type (service and key) each reference type names. */
export const REFERENCE_RESOURCE_TYPES: Readonly<Record<ResourceRef['type'], { service: 'mobiletargeting' | 'sms-voice'; key: string }>> = {
  app: { service: 'mobiletargeting', key: 'app' },
  campaign: { service: 'mobiletargeting', key: 'campaign' },
  journey: { service: 'mobiletargeting', key: 'journey' },
  segment: { service: 'mobiletargeting', key: 'segment' },
  template: { service: 'mobiletargeting', key: 'template' },
  recommender: { service: 'mobiletargeting', key: 'recommender' },
  'configuration-set': { service: 'sms-voice', key: 'ConfigurationSet' },
  'opt-out-list': { service: 'sms-voice', key: 'OptOutList' },
  'phone-number': { service: 'sms-voice', key: 'PhoneNumber' },
  pool: { service: 'sms-voice', key: 'Pool' },
  'sender-id': { service: 'sms-voice', key: 'SenderId' },
};

/** The partition of a region (or of `*`): an explicit one wins, else the region's, else `aws`. */
export function partitionFor(region: string | undefined, explicit?: string): string {
  if (explicit !== undefined) return explicit;
  return (region !== undefined && region !== '*' ? partitionOfRegion(region)?.name : undefined) ?? 'aws';
}

/** The project a reference belongs to, or undefined for account-level references and bad ARNs. */
function projectOf(applicationArn: string): ProjectScope | undefined {
  const parsed = parseApplicationArn(applicationArn);
  return parsed.ok ? parsed.value : undefined;
}

/** Where a referenced resource lives; undefined when its application ARN does not parse. */
export function referenceScope(ref: ResourceRef): ResourceScope | undefined {
  if ('applicationArn' in ref) return projectOf(ref.applicationArn);
  return { partition: partitionFor(ref.region, ref.partition), region: ref.region, account: ref.account };
}

/** The ARN a reference stands for; undefined when its application ARN does not parse. */
export function referenceArn(ref: ResourceRef): string | undefined {
  if ('applicationArn' in ref) {
    const project = projectOf(ref.applicationArn);
    if (!project) return undefined;
    switch (ref.type) {
      case 'app':
        return projectArn(project);
      case 'campaign':
        return campaignArn(project, ref.id);
      case 'journey':
        return journeyArn(project, ref.id);
      case 'segment':
        return segmentArn(project, ref.id);
    }
  }
  const scope = referenceScope(ref)!;
  switch (ref.type) {
    case 'template':
      return templateArn(scope, ref.name, ref.templateType);
    case 'recommender':
      return recommenderArn(scope, ref.id);
    case 'phone-number':
      return phoneNumberArn(scope, ref.id);
    case 'pool':
      return poolArn(scope, ref.id);
    case 'configuration-set':
      return configurationSetArn(scope, ref.name);
    case 'opt-out-list':
      return optOutListArn(scope, ref.name);
    case 'sender-id':
      return senderIdArn(scope, ref.id, ref.country);
  }
}

/** The ARN (or `*`) of a resource as written in a grant; undefined for a reference that does not resolve. */
export function resourceInputArn(input: ResourceInput): string | undefined {
  return typeof input === 'string' ? input : referenceArn(input);
}

/** Partition, region and account of an ARN string, or undefined for `*` and strings that are not ARNs. */
export function arnScope(arn: string): ResourceScope | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return { partition: parts[1]!, region: parts[3]!, account: parts[4]! };
}
