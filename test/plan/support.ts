import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the plan fixtures live: `terraform show -json` output, format 1.2. */
const PLAN_FIXTURES = join(__dirname, '..', 'fixtures', 'plans');

/** The fixture file names, without `.json`, sorted. */
export function fixtureNames(): string[] {
  return readdirSync(PLAN_FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** A fixture plan, parsed from JSON but not yet read as a plan. */
export function loadFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(PLAN_FIXTURES, `${name}.json`), 'utf8')) as unknown;
}

const APP = 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef';

/** A policy JSON string as Terraform stores it: keys sorted, compact. */
function policyText(index: number, statements: number, extraAction: string): string {
  const list = Array.from({ length: statements }, (_, s) => ({
    Action: [`s3:GetObject`, `s3:PutObject`, `mobiletargeting:GetSegment${s}`, ...(s === 0 ? [extraAction] : [])],
    Condition: { StringLike: { 's3:prefix': [`Exports${index}/${s}/*`] } },
    Effect: 'Allow',
    Resource: [`arn:aws:s3:::bucket-${index}/Exports/${s}/*`, `arn:aws:s3:::bucket-${index}`],
    Sid: `Statement${s}`,
  }));
  return JSON.stringify({ Statement: list, Version: '2012-10-17' });
}

function trustText(index: number, withArn: boolean): string {
  const condition: Record<string, Record<string, string>> = { StringEquals: { 'aws:SourceAccount': '123456789012' } };
  if (withArn) condition.ArnLike = { 'aws:SourceArn': `${APP}${index}` };
  return JSON.stringify({
    Statement: [{ Action: 'sts:AssumeRole', Condition: condition, Effect: 'Allow', Principal: { Service: 'pinpoint.amazonaws.com' }, Sid: 'Trust' }],
    Version: '2012-10-17',
  });
}

const ACTIONS = [['create'], ['update'], ['delete', 'create'], ['create', 'delete'], ['delete'], ['no-op']] as const;

/**
 * A plan of `count` resources built in code: managed policies of `statements` statements and
 * roles, cycling through every action, so that every part of a review grows with `count`.
 */
export function generatedPlan(count: number, statements = 3): Record<string, unknown> {
  const changes = Array.from({ length: count }, (_, i) => {
    const actions = ACTIONS[i % ACTIONS.length];
    const creates = actions[0] === 'create' && actions.length === 1;
    const deletes = actions[0] === 'delete' && actions.length === 1;
    const role = i % 2 === 1;
    const type = role ? 'aws_iam_role' : 'aws_iam_policy';
    const name = `generated_${String(i).padStart(5, '0')}`;
    const values = (v: number) =>
      role
        ? { name: `${name}-${v}`, path: '/', assume_role_policy: trustText(i, v === 0), permissions_boundary: null }
        : { name: `${name}-${v}`, path: '/', description: `generated policy ${i}`, policy: policyText(i, statements, v === 0 ? 's3:GetObjectTagging' : 's3:*') };
    return {
      address: `${type}.${name}`,
      mode: 'managed',
      type,
      name,
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: {
        actions,
        before: creates ? null : values(0),
        after: deletes ? null : actions[0] === 'no-op' ? values(0) : values(1),
        after_unknown: deletes ? false : { arn: true, id: true },
        before_sensitive: false,
        after_sensitive: deletes ? false : {},
      },
    };
  });
  return { format_version: '1.2', terraform_version: '1.11.4', resource_changes: changes, errored: false };
}
