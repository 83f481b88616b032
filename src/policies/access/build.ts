/** Builds the identity policy of an access policy from its grants. Pure: plain data in, plain data out. */
import { POLICY_VERSION, type Conditions, type PolicyDocument, type Statement } from '../document';
import { findAction } from './catalogue';
import { isPreset, type AccessGrant, type CustomGrant, type GrantConditions } from './grants';
import { adminStatements, appClientStatements, readOnlyStatements } from './presets';
import { resourceInputArn } from './references';

/** Builds the policy document: the statements of every grant, in order. Expects validated grants. */
export function buildAccessPolicy(grants: readonly AccessGrant[]): PolicyDocument {
  return { Version: POLICY_VERSION, Statement: grants.flatMap((grant, i) => grantStatements(grant, i)) };
}

/** The statements of one grant; `index` is its position in the policy, used in Sids. */
export function grantStatements(grant: AccessGrant, index: number): Statement[] {
  if (!isPreset(grant)) return [customStatement(grant, index)];
  switch (grant.preset) {
    case 'read-only':
      return readOnlyStatements(grant, index);
    case 'app-client':
      return appClientStatements(grant, index);
    case 'admin':
      return adminStatements(grant, index);
  }
}

/** One statement from a custom grant; exact action names are spelt as the catalogue spells them. */
function customStatement(grant: CustomGrant, index: number): Statement {
  const resources = grant.resources.map((r) => {
    const arn = resourceInputArn(r);
    if (arn === undefined) throw new Error(`custom grant ${index} built from an unvalidated resource reference ${JSON.stringify(r)}`);
    return arn;
  });
  const condition = grantCondition(grant.conditions);
  return {
    Sid: grant.sid ?? `Grant${index}Custom`,
    Effect: 'Allow',
    Action: unique(grant.actions.map(canonicalAction)),
    Resource: unique(resources),
    ...(condition && { Condition: condition }),
  };
}

/** `MobileTargeting:getcampaign` → `mobiletargeting:GetCampaign`; patterns keep their case, with a lower-case service. */
function canonicalAction(action: string): string {
  const exact = findAction(action);
  if (exact) return exact.fullName;
  const colon = action.indexOf(':');
  return colon < 0 ? action : `${action.slice(0, colon).toLowerCase()}${action.slice(colon)}`;
}

/**
 * The Condition block of a custom grant, or undefined when it has none. Tag conditions use
 * `StringEquals` (exact, case-sensitive values); `tagKeys` uses `ForAllValues:StringEquals`,
 * so a request may set only the listed keys (a request that sets no tags also passes, as AWS
 * documents for that operator). Keys set in `operators` merge into the same operator blocks.
 */
function grantCondition(conditions: GrantConditions | undefined): Conditions | undefined {
  if (!conditions) return undefined;
  const blocks: Record<string, Record<string, string | readonly string[]>> = {};
  const put = (operator: string, key: string, value: string | readonly string[]) => {
    blocks[operator] = { ...blocks[operator], [key]: value };
  };
  for (const [key, value] of Object.entries(conditions.resourceTags ?? {})) put('StringEquals', `aws:ResourceTag/${key}`, value);
  for (const [key, value] of Object.entries(conditions.requestTags ?? {})) put('StringEquals', `aws:RequestTag/${key}`, value);
  if (conditions.tagKeys && conditions.tagKeys.length > 0) put('ForAllValues:StringEquals', 'aws:TagKeys', [...conditions.tagKeys]);
  for (const [operator, keys] of Object.entries(conditions.operators ?? {})) {
    for (const [key, values] of Object.entries(keys)) put(operator, key, [...values]);
  }
  return Object.keys(blocks).length > 0 ? blocks : undefined;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
