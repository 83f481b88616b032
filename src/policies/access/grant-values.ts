/**
 * Checks every single value of a grant (ARNs, action names, IDs, tags, …). The config file's
 * spec runs the same rules field by field; this is the same check for construct props, which do
 * not pass through the config spec.
 */
import { applicationArnProblem } from '../arn';
import { tagKeyProblem, tagValueProblem } from '../rules/iam-names';
import { TEMPLATE_TYPES } from './arns';
import { isPreset, RESOURCE_REF_TYPES, type AccessGrant, type CustomGrant, type IdRef, type NamedRef, type ResourceRef, type SenderIdRef } from './grants';
import { interpolations, joinPath, problemAt, type AccessProblem } from '../problems';
import {
  accountProblem,
  actionProblem,
  conditionOperatorProblem,
  countryProblem,
  identifierProblem,
  interpolationProblem,
  partitionProblem,
  regionProblem,
  resourceArnProblem,
  sidProblem,
} from './rules';

type Rule = (value: string) => string | undefined;

/** Every problem with the single values of one grant; `base` is the grant's path (`grants[2]`). */
export function grantValueProblems(grant: AccessGrant, base: string): AccessProblem[] {
  const problems: AccessProblem[] = interpolations(grant, base).map((i) => problemAt(i.path, i.value, interpolationProblem(i.value)!));
  const check = (path: string, value: string | undefined, rule: Rule) => {
    const problem = value === undefined ? undefined : rule(value);
    if (problem) problems.push(problemAt(path, value, problem));
  };
  if (isPreset(grant)) {
    if (grant.preset === 'admin') {
      check(`${base}.account`, grant.account, accountProblem);
      check(`${base}.region`, grant.region, (v) => regionProblem(v, false));
      check(`${base}.partition`, grant.partition, (v) => partitionProblem(v, grant.region));
    } else {
      if (grant.applicationArns.length === 0) problems.push({ path: `${base}.applicationArns`, message: 'is empty; expected at least one application ARN' });
      grant.applicationArns.forEach((arn, i) => check(`${base}.applicationArns[${i}]`, arn, applicationArnProblem));
    }
    return problems;
  }
  const custom = customValueProblems(grant, base, check);
  return [...problems, ...custom];
}

function customValueProblems(
  grant: CustomGrant,
  base: string,
  check: (path: string, value: string | undefined, rule: Rule) => void,
): AccessProblem[] {
  const problems: AccessProblem[] = [];
  check(`${base}.sid`, grant.sid, sidProblem);
  check(`${base}.account`, grant.account, accountProblem);
  if (grant.actions.length === 0) problems.push({ path: `${base}.actions`, message: 'is empty; expected at least one action' });
  grant.actions.forEach((action, i) => check(`${base}.actions[${i}]`, action, actionProblem));
  if (grant.resources.length === 0) problems.push({ path: `${base}.resources`, message: 'is empty; expected at least one ARN, reference or "*"' });
  grant.resources.forEach((resource, i) => {
    const path = `${base}.resources[${i}]`;
    if (typeof resource === 'string') check(path, resource, resourceArnProblem);
    else problems.push(...referenceProblems(resource, path));
  });
  const conditions = grant.conditions ?? {};
  for (const [key, value] of Object.entries(conditions.resourceTags ?? {})) {
    check(joinPath(`${base}.conditions.resourceTags`, key), key, tagKeyProblem);
    check(joinPath(`${base}.conditions.resourceTags`, key), value, tagValueProblem);
  }
  for (const [key, value] of Object.entries(conditions.requestTags ?? {})) {
    check(joinPath(`${base}.conditions.requestTags`, key), key, tagKeyProblem);
    check(joinPath(`${base}.conditions.requestTags`, key), value, tagValueProblem);
  }
  (conditions.tagKeys ?? []).forEach((key, i) => check(`${base}.conditions.tagKeys[${i}]`, key, tagKeyProblem));
  for (const operator of Object.keys(conditions.operators ?? {})) {
    check(joinPath(`${base}.conditions.operators`, operator), operator, conditionOperatorProblem);
  }
  return problems;
}

/** Problems with a typed reference's fields. */
function referenceProblems(ref: ResourceRef, path: string): AccessProblem[] {
  if (!(RESOURCE_REF_TYPES as readonly string[]).includes(ref.type)) {
    return [problemAt(`${path}.type`, ref.type, `is not a resource type; expected one of ${RESOURCE_REF_TYPES.join(', ')}`)];
  }
  const problems: AccessProblem[] = [];
  const check = (field: string, value: string | undefined, rule: Rule) => {
    const problem = value === undefined ? `is required for a "${ref.type}" reference` : rule(value);
    if (problem) problems.push(problemAt(`${path}.${field}`, value, problem));
  };
  if ('applicationArn' in ref) {
    check('applicationArn', ref.applicationArn, applicationArnProblem);
    if (ref.type !== 'app') check('id', ref.id, identifierProblem);
    return problems;
  }
  check('account', ref.account, accountProblem);
  check('region', ref.region, (v) => regionProblem(v, true));
  if (ref.partition !== undefined) check('partition', ref.partition, (v) => partitionProblem(v, ref.region));
  if (ref.type === 'template') {
    check('name', ref.name, identifierProblem);
    check('templateType', ref.templateType, (v) => ([...TEMPLATE_TYPES, '*'].includes(v) ? undefined : `is not one of ${TEMPLATE_TYPES.join(', ')} or "*"`));
  } else if (ref.type === 'configuration-set' || ref.type === 'opt-out-list') {
    check('name', (ref as NamedRef).name, identifierProblem);
  } else {
    check('id', (ref as IdRef | SenderIdRef).id, identifierProblem);
    if (ref.type === 'sender-id') check('country', ref.country, countryProblem);
  }
  return problems;
}
