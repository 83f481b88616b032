/**
 * Properties of the access-policy builders over generated grants. Valid grants are built from the
 * catalogue (an action, one of its resource types, the type's ARN format with IDs filled in), not
 * filtered through the checks under test.
 */
import { validateIdentityPolicy } from '@cloud-copilot/iam-policy';
import fc from 'fast-check';
import { buildAccessPolicy } from '../../src/policies/access/build';
import { pinpointCatalogue, resourceTypeOf, type CatalogueAction } from '../../src/policies/access/catalogue';
import type { AccessGrant, CustomGrant } from '../../src/policies/access/grants';
import { checkAccessPolicy } from '../../src/policies/access/validate';
import { documentProblems, minifiedSize, POLICY_SIZE_LIMITS } from '../../src/policies/checks';
import { ACCOUNT, decide } from './simulate';

const catalogue = pinpointCatalogue();
const HEX = '0123456789abcdef'.split('');
const ID_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'.split('');

const hex32 = fc.string({ unit: fc.constantFrom(...HEX), minLength: 32, maxLength: 32 });
const account = fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: 12, maxLength: 12 });
const region = fc.constantFrom('us-east-1', 'eu-west-1', 'ap-southeast-2');
const id = fc.string({ unit: fc.constantFrom(...ID_CHARS), minLength: 1, maxLength: 12 });

/** A custom grant generated with one concrete request it must allow: the first action on a concrete resource. */
interface Generated {
  readonly grant: CustomGrant;
  readonly probe?: { readonly action: string; readonly resource: string };
}

/** Fills an ARN format: `${Partition}` etc. from the scope, every other placeholder from `ids` (or `*`). */
function fill(format: string, scope: { account: string; region: string }, ids: readonly (string | undefined)[]): string {
  let n = 0;
  return format
    .replace('${Partition}', 'aws')
    .replace('${Region}', scope.region)
    .replace('${Account}', scope.account)
    .replace(/\$\{\w+\}/g, () => ids[n++ % ids.length] ?? '*');
}

function customGrant(scope: { account: string; region: string }): fc.Arbitrary<Generated> {
  const entry = fc.record({
    action: fc.constantFrom(...catalogue.actions),
    typeIndex: fc.nat(),
    ids: fc.array(id, { minLength: 1, maxLength: 4 }),
    wildcards: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
    asPattern: fc.boolean(),
  });
  const taggable = (a: CatalogueAction) => a.resourceTypes.some((r) => resourceTypeOf(a, r.name)?.conditionKeys.includes('aws:ResourceTag/${TagKey}'));
  return fc.tuple(fc.array(entry, { minLength: 1, maxLength: 4 }), fc.boolean(), fc.boolean()).map(([entries, withIp, withTags]) => {
    const resources = entries.map(({ action, typeIndex, ids, wildcards }) => {
      if (action.resourceTypes.length === 0) return '*';
      const type = resourceTypeOf(action, action.resourceTypes[typeIndex % action.resourceTypes.length]!.name)!;
      return fill(type.arnFormat, scope, ids.map((v, i) => (wildcards[i] ? '*' : v)));
    });
    // A pattern such as `mobiletargeting:GetCamp*`: the action's name cut short, always matching the action itself.
    const actions = entries.map(({ action, asPattern }) => (asPattern && action.name.length > 4 ? `${action.service}:${action.name.slice(0, 4)}*` : action.fullName));
    const first = entries[0]!;
    const concrete = first.action.resourceTypes.length === 0 ? '*' : fill(resourceTypeOf(first.action, first.action.resourceTypes[first.typeIndex % first.action.resourceTypes.length]!.name)!.arnFormat, scope, first.ids);
    const grant: CustomGrant = {
      actions,
      resources,
      ...(resources.every((r) => r === '*') && { account: scope.account }),
      ...((withIp || withTags) && {
        conditions: {
          ...(withTags && entries.some((e) => taggable(e.action)) && { resourceTags: { team: 'growth' } }),
          ...(withIp && { operators: { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8'] } } }),
        },
      }),
    };
    // Formats with a literal '*' (the `apps` type of CreateApp and GetApps is `apps/*`) name no concrete resource to probe.
    const probeable = !withIp && !withTags && (concrete === '*' || !concrete.includes('*'));
    return { grant, ...(probeable && { probe: { action: first.action.fullName, resource: concrete } }) };
  });
}

function grants(scope: { account: string; region: string }): fc.Arbitrary<AccessGrant> {
  const apps = fc.array(hex32, { minLength: 1, maxLength: 3 }).map((ids) => ids.map((i) => `arn:aws:mobiletargeting:${scope.region}:${scope.account}:apps/${i}`));
  return fc.oneof(
    apps.map((applicationArns): AccessGrant => ({ preset: 'read-only', applicationArns })),
    apps.map((applicationArns): AccessGrant => ({ preset: 'app-client', applicationArns })),
    fc.option(fc.constant(scope.region), { nil: undefined }).map((r): AccessGrant => ({ preset: 'admin', account: scope.account, ...(r && { region: r }) })),
    customGrant(scope).map((g) => g.grant),
  );
}

const policies = fc.record({ account, region }).chain((scope) => fc.array(grants(scope), { minLength: 1, maxLength: 4 }));

describe('access policies built from generated valid grants', () => {
  it('pass every check, or fail only the size quota when they are too large', () => {
    fc.assert(
      fc.property(policies, (generated) => {
        const result = checkAccessPolicy({ name: 'generated', grants: generated });
        const document = buildAccessPolicy(generated);
        if (minifiedSize(JSON.stringify(document)) > POLICY_SIZE_LIMITS.identity) {
          expect(result.problems).toEqual([{ path: 'grants', message: expect.stringMatching(/over the IAM quota of 6144/) }]);
          return;
        }
        expect(result.problems).toEqual([]);
        expect(result.document).toEqual(document);
        expect(documentProblems(document, 'identity')).toEqual([]);
        expect(validateIdentityPolicy(document)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('are byte-identical when built twice', () => {
    fc.assert(fc.property(policies, (generated) => expect(JSON.stringify(buildAccessPolicy(generated))).toBe(JSON.stringify(buildAccessPolicy(structuredClone(generated))))));
  });

  it('allow what a custom grant names: its first action on a concrete resource of the named type', async () => {
    // The caller's own account: a request to another account would need that account's resource policy too.
    const probed = region.chain((r) => customGrant({ account: ACCOUNT, region: r })).filter((g) => g.probe !== undefined);
    await fc.assert(
      fc.asyncProperty(probed, async ({ grant, probe }) => {
        expect(checkAccessPolicy({ name: 'probe', grants: [grant] }).problems).toEqual([]);
        expect(await decide(buildAccessPolicy([grant]), probe!.action, probe!.resource)).toBe('Allowed');
      }),
      { numRuns: 100 },
    );
  });
});
