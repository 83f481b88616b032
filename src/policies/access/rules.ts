/**
 * Rules for single values of an access grant. Each returns why a value is wrong (starting with a
 * verb, "is not …") or undefined, like the other rules in src/policies/rules; the caller quotes
 * the value and names the field.
 */
import { patternRule } from '../rules/pattern-rule';
import { findPartition, partitionOfRegion, PARTITIONS } from '../partitions';
import { didYouMean } from '../did-you-mean';
import { findAction, isPinpointService, matchActions, PINPOINT_SERVICES, pinpointCatalogue } from './catalogue';

/** The IAM condition operators, without the `ForAllValues:`/`ForAnyValue:` prefixes and `IfExists` suffix. */
const CONDITION_OPERATORS = [
  'StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike',
  'NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals',
  'DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals',
  'Bool', 'BinaryEquals', 'IpAddress', 'NotIpAddress', 'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike', 'Null',
] as const;

/** Pattern of an ID or name in a typed reference: letters, digits, `_ . -`, and the wildcards `*` and `?`. */
export const IDENTIFIER_PATTERN = '^[A-Za-z0-9_.*?-]{1,128}$';
/** Pattern of a 12-digit account ID. */
export const ACCOUNT_PATTERN = '^\\d{12}$';
/** Pattern of a Sid: letters and digits only. */
export const SID_PATTERN = '^[A-Za-z0-9]{1,128}$';
/** Pattern of a sender ID's country: ISO 3166-1 alpha-2, or `*`. */
export const COUNTRY_PATTERN = '^([A-Z]{2}|\\*)$';


/** Checks a 12-digit account ID. */
export const accountProblem = patternRule(ACCOUNT_PATTERN, 'a 12-digit account ID');
/** Checks an ID or name of a typed reference. */
export const identifierProblem = patternRule(IDENTIFIER_PATTERN, "an ID or name of 1-128 letters, digits and '_.-' (wildcards '*' and '?' allowed)");
/** Checks a sender ID's country code. */
export const countryProblem = patternRule(COUNTRY_PATTERN, 'an ISO 3166-1 alpha-2 country code such as "DE", or "*"');
/** Checks a Sid. */
export const sidProblem = patternRule(SID_PATTERN, 'a Sid of 1-128 letters and digits');

/** Rejects `${` and `%{`: Terraform would evaluate them in the emitted JSON, and IAM reads `${…}` as a policy variable. */
export function interpolationProblem(text: string): string | undefined {
  return /[$%]\{/.test(text) ? "contains '${' or '%{', which Terraform or IAM would evaluate; remove it" : undefined;
}

/** Checks an action or action pattern: a known `mobiletargeting:` or `sms-voice:` action, or a wildcard that matches one. */
export function actionProblem(action: string): string | undefined {
  const expected = `expected "mobiletargeting:<Action>" or "sms-voice:<Action>"`;
  if (action === '*') return `grants every action of every service; ${expected}`;
  const colon = action.indexOf(':');
  if (colon < 0) return `is not of the form <service>:<Action>; ${expected}`;
  const service = action.slice(0, colon).toLowerCase();
  const name = action.slice(colon + 1);
  if (!isPinpointService(service)) {
    return /[*?]/.test(service)
      ? `has a wildcard in its service prefix; ${expected}`
      : `is an action of "${service}"; access policies grant only ${PINPOINT_SERVICES.join(' and ')} actions`;
  }
  if (!/^[A-Za-z0-9*?]+$/.test(name)) return `has an action name with characters other than letters, digits, '*' and '?'; ${expected}`;
  if (/[*?]/.test(name)) {
    return matchActions(action).length > 0 ? undefined : `matches no ${service} action; expected a pattern such as "${service}:Get*"`;
  }
  if (findAction(action)) return undefined;
  // Compare names without the shared prefix, so the prefix does not make distant names look close.
  const hint = didYouMean(name, pinpointCatalogue().actions.filter((a) => a.service === service).map((a) => a.name));
  return `is not a ${service} action in the IAM catalogue${hint ? `; did you mean "${service}:${hint}"?` : `; ${expected}`}`;
}

/** Checks a resource ARN string: `*`, or a Pinpoint or SMS and voice ARN of a known partition with a literal account. */
export function resourceArnProblem(arn: string): string | undefined {
  if (arn === '*') return undefined;
  const form = 'arn:<partition>:<mobiletargeting|sms-voice>:<region or *>:<12-digit account>:<resource>';
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return `is not "*" or an ARN of the form ${form}`;
  const [, partitionName, service, region, account] = parts as [string, string, string, string, string];
  const partition = findPartition(partitionName);
  if (!partition) return `has unknown partition "${partitionName}"; expected one of ${PARTITIONS.map((p) => p.name).join(', ')}`;
  if (!isPinpointService(service)) return `has service "${service}"; access policies name only mobiletargeting and sms-voice resources (${form})`;
  if (region !== '*' && !partition.regions.test(region)) {
    return `has region "${region}", which is not a region of partition "${partition.name}"; expected one (for example ${partition.exampleRegion}) or "*"`;
  }
  if (accountProblem(account)) return `has account "${account}"; expected exactly 12 digits (an access policy belongs to one account)`;
  const resource = parts.slice(5).join(':');
  if (!/^[\x21-\x7e]+$/.test(resource)) return `has an empty resource part or one with spaces or non-ASCII characters (${form})`;
  return undefined;
}

/** Checks a region of a typed reference or admin grant: a known region name, or `*` where allowed. */
export function regionProblem(region: string, allowWildcard: boolean): string | undefined {
  if (allowWildcard && region === '*') return undefined;
  if (partitionOfRegion(region)) return undefined;
  return `is not a region name such as "us-east-1"${allowWildcard ? ' or "*"' : ''}`;
}

/** Checks that an explicit partition is known and fits the region. */
export function partitionProblem(partition: string, region: string | undefined): string | undefined {
  const known = findPartition(partition);
  if (!known) return `is not a partition; expected one of ${PARTITIONS.map((p) => p.name).join(', ')}`;
  if (region !== undefined && region !== '*' && !known.regions.test(region)) return `does not contain region "${region}"`;
  return undefined;
}

/** Checks a condition operator such as `StringEquals`, `ForAnyValue:StringLike` or `StringEqualsIfExists`. */
export function conditionOperatorProblem(operator: string): string | undefined {
  const base = operator.replace(/^(ForAllValues|ForAnyValue):/, '').replace(/IfExists$/, '');
  if ((CONDITION_OPERATORS as readonly string[]).includes(base) && !(base === 'Null' && operator.endsWith('IfExists'))) return undefined;
  const hint = didYouMean(operator, CONDITION_OPERATORS);
  return `is not an IAM condition operator${hint ? `; did you mean "${hint}"?` : '; expected one such as "StringEquals", "ArnLike" or "IpAddress"'}`;
}
