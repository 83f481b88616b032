/**
 * The spec of one entry of `accessPolicies[].grants`: a preset (`read-only`, `app-client`,
 * `admin`) or a custom statement. Single values are checked here, field by field, with the
 * rules in src/policies/access; checks that need the whole statement (does any action act on this
 * resource?) run in access-resolve.ts once every field is well-formed.
 */
import { APPLICATION_ARN_FORM, APPLICATION_ARN_PATTERN, applicationArnProblem } from '../policies/arn';
import { TEMPLATE_TYPES } from '../policies/access/arns';
import { PRESETS, RESOURCE_REF_TYPES } from '../policies/access/grants';
import {
  ACCOUNT_PATTERN,
  accountProblem,
  actionProblem,
  conditionOperatorProblem,
  COUNTRY_PATTERN,
  countryProblem,
  IDENTIFIER_PATTERN,
  identifierProblem,
  interpolationProblem,
  partitionProblem,
  regionProblem,
  resourceArnProblem,
  SID_PATTERN,
  sidProblem,
} from '../policies/access/rules';
import { tagKeyProblem, tagValueProblem } from '../policies/rules/iam-names';
import { oneOf } from '../policies/did-you-mean';
import type { ArraySpec, FieldProblem, MapSpec, ObjectSpec, StringSpec, UnionSpec } from './spec';
import { plain, regionSpec } from './string-specs';

const APPLICATION_ARN: StringSpec = plain({
  description: `Amazon Pinpoint application (project) ARN, ${APPLICATION_ARN_FORM}.`,
  pattern: APPLICATION_ARN_PATTERN,
  check: applicationArnProblem,
});
const ACCOUNT: StringSpec = plain({ description: '12-digit AWS account ID.', pattern: ACCOUNT_PATTERN, check: accountProblem });
const IDENTIFIER: StringSpec = plain({
  description: "ID or name: letters, digits and '_.-'; '*' and '?' match several.",
  pattern: IDENTIFIER_PATTERN,
  check: identifierProblem,
});
const PARTITION: StringSpec = plain({ description: 'ARN partition; default the region\'s partition, else "aws".', check: (v) => partitionProblem(v, undefined) });
const preset = (name: string): StringSpec => ({ kind: 'string', description: `Selects the ${name} preset.`, enum: [name] });
const refType = (name: string): StringSpec => ({ kind: 'string', description: `A reference to a ${name}.`, enum: [name] });

/** The partition, when given, must contain the region. */
function partitionFitsRegion(value: Record<string, unknown>): FieldProblem[] {
  const [partition, region] = [value['partition'], value['region']];
  if (typeof partition !== 'string' || typeof region !== 'string') return [];
  const problem = partitionProblem(partition, region);
  return problem ? [{ field: 'partition', problem }] : [];
}

const APPLICATION_ARNS: ArraySpec = { kind: 'array', description: 'The projects, by application ARN.', items: APPLICATION_ARN, minItems: 1, maxItems: 100 };

const READ_ONLY: ObjectSpec = {
  kind: 'object',
  description: 'Every List and Read action of Amazon Pinpoint on these projects and everything in them.',
  fields: { preset: { required: true, spec: preset('read-only') }, applicationArns: { required: true, spec: APPLICATION_ARNS } },
};

const APP_CLIENT: ObjectSpec = {
  kind: 'object',
  description: 'What a mobile or web app needs: UpdateEndpoint and PutEvents on its own project(s) only.',
  fields: { preset: { required: true, spec: preset('app-client') }, applicationArns: { required: true, spec: APPLICATION_ARNS } },
};

const ADMIN: ObjectSpec = {
  kind: 'object',
  description: 'Every Amazon Pinpoint and Pinpoint SMS and voice action on the resources of one account (and region).',
  fields: {
    preset: { required: true, spec: preset('admin') },
    account: { required: true, spec: ACCOUNT },
    region: { spec: regionSpec('Region to confine the grant to; default every region.') },
    partition: { spec: PARTITION },
  },
  check: partitionFitsRegion,
};

const scoped = {
  account: { required: true, spec: ACCOUNT },
  region: { required: true, spec: plain({ description: 'Region of the resource, or "*".', check: (v) => regionProblem(v, true) }) },
  partition: { spec: PARTITION },
} as const;

const ref = (type: string, description: string, fields: ObjectSpec['fields']): ObjectSpec => ({
  kind: 'object',
  description,
  fields: { type: { required: true, spec: refType(type) }, ...fields },
  check: partitionFitsRegion,
});

const REFERENCES: Record<(typeof RESOURCE_REF_TYPES)[number], ObjectSpec> = {
  app: ref('app', 'A project.', { applicationArn: { required: true, spec: APPLICATION_ARN } }),
  campaign: ref('campaign', 'A campaign of a project.', { applicationArn: { required: true, spec: APPLICATION_ARN }, id: { required: true, spec: IDENTIFIER } }),
  journey: ref('journey', 'A journey of a project.', { applicationArn: { required: true, spec: APPLICATION_ARN }, id: { required: true, spec: IDENTIFIER } }),
  segment: ref('segment', 'A segment of a project.', { applicationArn: { required: true, spec: APPLICATION_ARN }, id: { required: true, spec: IDENTIFIER } }),
  template: ref('template', 'A message template.', {
    ...scoped,
    name: { required: true, spec: IDENTIFIER },
    templateType: { required: true, spec: { kind: 'string', description: 'Channel type of the template, or "*".', enum: [...TEMPLATE_TYPES, '*'] } },
  }),
  recommender: ref('recommender', 'A recommender model.', { ...scoped, id: { required: true, spec: IDENTIFIER } }),
  'configuration-set': ref('configuration-set', 'An SMS and voice configuration set.', { ...scoped, name: { required: true, spec: IDENTIFIER } }),
  'opt-out-list': ref('opt-out-list', 'An SMS and voice opt-out list.', { ...scoped, name: { required: true, spec: IDENTIFIER } }),
  'phone-number': ref('phone-number', 'An origination phone number.', { ...scoped, id: { required: true, spec: IDENTIFIER } }),
  pool: ref('pool', 'A pool of origination identities.', { ...scoped, id: { required: true, spec: IDENTIFIER } }),
  'sender-id': ref('sender-id', 'A sender ID registered for one country.', {
    ...scoped,
    id: { required: true, spec: IDENTIFIER },
    country: { required: true, spec: plain({ description: 'ISO 3166-1 alpha-2 country code, or "*".', pattern: COUNTRY_PATTERN, check: countryProblem }) },
  }),
};

const RESOURCE: UnionSpec = {
  kind: 'union',
  description: 'A resource: "*", an ARN (wildcards allowed), or a typed reference such as { "type": "campaign", "applicationArn": "…", "id": "*" }.',
  variants: [
    plain({ description: 'A Pinpoint or SMS and voice ARN (wildcards allowed), or "*".', check: resourceArnProblem, examples: ['arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef/campaigns/*'] }),
    ...RESOURCE_REF_TYPES.map((t) => REFERENCES[t]),
  ],
  select: (value) => {
    const index = RESOURCE_REF_TYPES.indexOf(value['type'] as (typeof RESOURCE_REF_TYPES)[number]);
    if (index >= 0) return index + 1;
    const expected = `expected ${oneOf(value['type'], RESOURCE_REF_TYPES)}`;
    if (value['type'] === undefined) return `has no "type"; ${expected}`;
    return { field: 'type', problem: `is not a resource type; ${expected}` };
  },
};

const TAGS_CONDITION = (what: string): MapSpec => ({
  kind: 'map',
  description: `${what}: tag key → exact value.`,
  maxProperties: 50,
  keyCheck: (k) => interpolationProblem(k) ?? tagKeyProblem(k),
  values: plain({ description: 'Tag value.', maxLength: 256, check: tagValueProblem }),
});

const CONDITIONS: ObjectSpec = {
  kind: 'object',
  description: 'Conditions; every one given must hold.',
  fields: {
    resourceTags: { spec: TAGS_CONDITION('Tags the resource must carry (StringEquals aws:ResourceTag/<key>)') },
    requestTags: { spec: TAGS_CONDITION('Tags the request must set (StringEquals aws:RequestTag/<key>)') },
    tagKeys: {
      spec: {
        kind: 'array',
        description: 'The only tag keys a request may carry (ForAllValues:StringEquals aws:TagKeys).',
        maxItems: 50,
        items: plain({ description: 'Tag key.', maxLength: 128, check: tagKeyProblem }),
      },
    },
    operators: {
      spec: {
        kind: 'map',
        description: 'Further IAM conditions, as in a policy: operator → condition key → values. Keys must be global or defined by the services.',
        keyCheck: (op) => interpolationProblem(op) ?? conditionOperatorProblem(op),
        values: {
          kind: 'map',
          description: 'Condition key → values (any one may match).',
          keyCheck: interpolationProblem,
          values: { kind: 'array', description: 'Values.', minItems: 1, maxItems: 100, items: plain({ description: 'Value.', maxLength: 1024 }) },
        },
      },
    },
  },
};

const CUSTOM: ObjectSpec = {
  kind: 'object',
  description: 'A statement of your own, checked against the IAM catalogue.',
  fields: {
    sid: { spec: plain({ description: 'Statement ID (letters and digits, unique in the policy); default Grant<index>Custom.', pattern: SID_PATTERN, check: sidProblem }) },
    actions: {
      required: true,
      spec: {
        kind: 'array',
        description: 'mobiletargeting: or sms-voice: actions; wildcards * and ? allowed.',
        minItems: 1,
        maxItems: 250,
        items: plain({ description: 'An action, for example mobiletargeting:GetCampaign or mobiletargeting:GetSegment*.', check: actionProblem }),
      },
    },
    resources: { required: true, spec: { kind: 'array', description: 'Resources the actions apply to.', minItems: 1, maxItems: 100, items: RESOURCE } },
    conditions: { spec: CONDITIONS },
    account: { spec: { ...ACCOUNT, description: 'Account the grant is for; needed only when every resource is "*".' } },
  },
};

/** The spec of one grant: a preset by `preset`, else a custom statement. */
export const GRANT_SPEC: UnionSpec = {
  kind: 'union',
  description: 'A preset grant ({ "preset": "read-only" | "app-client" | "admin", … }) or a custom statement ({ "actions", "resources", "conditions" }).',
  variants: [READ_ONLY, APP_CLIENT, ADMIN, CUSTOM],
  select: (value) => {
    if (value['preset'] === undefined) return 3;
    const index = PRESETS.indexOf(value['preset'] as (typeof PRESETS)[number]);
    if (index >= 0) return index;
    return { field: 'preset', problem: `is not ${oneOf(value['preset'], PRESETS)}; leave "preset" out for a custom statement` };
  },
};
