import { analyzePlan, findRisks, parsePlan, renderReview, type RiskKind } from '../../src/plan';
import { fixtureNames, loadFixture } from './support';

/** Each flag as `kind address attribute values`, for compact expectations. */
function flagsOf(name: string): string[] {
  return findRisks(analyzePlan(parsePlan(loadFixture(name))).changed).map((f) => [f.kind, f.address, f.attribute ?? '-', f.values.join(',')].join(' '));
}

const POLICY = 'aws_iam_policy.s3ExportRole_policy_27E51AC5';
const ROLE = 'aws_iam_role.s3ExportRole_role_AA117F1B';
const ATTACHMENT = 'aws_iam_role_policy_attachment.s3ExportRole_attachment_FFA4CB92';

/** Every flag every fixture raises: what is not listed must not appear. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'create-export-role': [`wildcard-action ${POLICY} policy s3:*`],
  'destroy-export-role': [`iam-destroyed ${POLICY} - `, `iam-destroyed ${ROLE} - `, `iam-destroyed ${ATTACHMENT} - `],
  'no-op-unchanged': [],
  'read-data-sources': [],
  'replace-policy-create-then-delete': [`iam-replaced ${POLICY} - `],
  'replace-role-delete-then-create': [`iam-replaced ${ROLE} - `, `iam-replaced ${ATTACHMENT} - `],
  'update-inline-policies-and-bucket-policy': ['principal-added aws_s3_bucket_policy.exports policy *'],
  'update-permissions-boundary-removed': [`boundary-removed ${ROLE} - arn:aws:iam::123456789012:policy/pinpoint-boundary`],
  'update-policy-adds-wildcard-and-resource-star': [`wildcard-action ${POLICY} policy s3:*`, `resource-star ${POLICY} policy *`, `prefix-wildcard ${POLICY} policy mobiletargeting:Get*`],
  'update-trust-loses-source-arn-and-adds-principal': [
    `trust-condition-lost ${ROLE} assume_role_policy aws:SourceArn`,
    `principal-added ${ROLE} assume_role_policy AWS: arn:aws:iam::210987654321:root`,
  ],
};

describe('risk flags', () => {
  it('has an expectation for every fixture', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(fixtureNames());
  });

  it.each(Object.entries(EXPECTED))('raises exactly the expected flags, most severe first, for %s', (name, expected) => {
    expect(flagsOf(name)).toEqual(expected);
  });

  it.each([
    ['a wildcard action', 'update-policy-adds-wildcard-and-resource-star', '- **Wildcard action added**: `s3:*` in `aws_iam_policy.s3ExportRole_policy_27E51AC5` `policy` (statement `AllowObjectWritesInExportFolder`). Why it matters: grants every current and future action'],
    ['Resource "*"', 'update-policy-adds-wildcard-and-resource-star', '- **Resource "*" added**: `*` in `aws_iam_policy.s3ExportRole_policy_27E51AC5` `policy` (statement `#4`). Why it matters:'],
    ['a prefix wildcard', 'update-policy-adds-wildcard-and-resource-star', '- **Prefix wildcard action added**: `mobiletargeting:Get*`'],
    ['a trust policy losing aws:SourceArn', 'update-trust-loses-source-arn-and-adds-principal', '- **Trust policy lost aws:SourceArn**: `aws:SourceArn` in `aws_iam_role.s3ExportRole_role_AA117F1B` `assume_role_policy`'],
    ['a principal added to a trust policy', 'update-trust-loses-source-arn-and-adds-principal', '- **Principal added to trust policy**: `AWS: arn:aws:iam::210987654321:root`'],
    ['a permissions boundary removed', 'update-permissions-boundary-removed', '- **Permissions boundary removed**: `arn:aws:iam::123456789012:policy/pinpoint-boundary` in `aws_iam_role.s3ExportRole_role_AA117F1B`. Why it matters:'],
    ['a role destroyed', 'destroy-export-role', '- **IAM role destroyed**: `aws_iam_role.s3ExportRole_role_AA117F1B`. Why it matters: Pinpoint exports that assume this role fail'],
    ['a role replaced', 'replace-role-delete-then-create', '- **IAM role replaced**: `aws_iam_role.s3ExportRole_role_AA117F1B`. Why it matters: the role is deleted before its replacement exists'],
    ['a policy replaced', 'replace-policy-create-then-delete', '- **IAM managed policy replaced**: `aws_iam_policy.s3ExportRole_policy_27E51AC5`. Why it matters:'],
  ])('writes %s as one line under Risks, with why it matters', (_what, name, line) => {
    const md = renderReview(loadFixture(name));
    const risks = md.slice(md.indexOf('### Risks'), md.indexOf('### Resource changes'));
    expect(risks).toContain(line);
  });

  it('puts the risks above the resource table', () => {
    const md = renderReview(loadFixture('update-trust-loses-source-arn-and-adds-principal'));
    expect(md.indexOf('### Risks')).toBeLessThan(md.indexOf('### Resource changes'));
  });

  it('does not flag the trust conditions of a plan that creates the role with both', () => {
    const md = renderReview(loadFixture('create-export-role'));
    expect(md).not.toContain('Trust policy lost');
    expect(md).not.toContain('Principal added');
    expect(md).not.toContain('Resource "*" added');
    expect(md).not.toContain('Permissions boundary removed');
    expect(md).not.toMatch(/IAM .* (destroyed|replaced)/);
  });

  it('says so when there is nothing risky', () => {
    expect(renderReview(loadFixture('no-op-unchanged'))).toContain('### Risks\n\nNo risky IAM changes found.');
  });

  describe('on hand-made changes', () => {
    const policyPlan = (before: unknown, after: unknown, type = 'aws_iam_policy', attribute = 'policy'): unknown => ({
      format_version: '1.2',
      resource_changes: [
        {
          address: `${type}.p`,
          mode: 'managed',
          type,
          name: 'p',
          change: {
            actions: [before === null ? 'create' : 'update'],
            before: before === null ? null : { [attribute]: JSON.stringify(before) },
            after: { [attribute]: JSON.stringify(after) },
          },
        },
      ],
    });
    const kinds = (plan: unknown): RiskKind[] => findRisks(analyzePlan(parsePlan(plan)).changed).map((f) => f.kind);
    const doc = (...Statement: unknown[]) => ({ Version: '2012-10-17', Statement });
    const allow = (Action: unknown, Resource: unknown = 'arn:aws:s3:::b/*', extra = {}) => ({ Effect: 'Allow', Action, Resource, ...extra });

    it('flags "*" as a wildcard action', () => {
      expect(kinds(policyPlan(doc(allow('s3:GetObject')), doc(allow(['s3:GetObject', '*']))))).toEqual(['wildcard-action']);
    });

    it('does not flag a wildcard the policy already had', () => {
      expect(kinds(policyPlan(doc(allow('s3:*', 'arn:aws:s3:::a/*')), doc(allow('s3:*', 'arn:aws:s3:::a/*'), allow('s3:GetObject'))))).toEqual([]);
    });

    it('does not flag wildcards and "*" that a Deny statement adds', () => {
      expect(kinds(policyPlan(doc(allow('s3:GetObject')), doc(allow('s3:GetObject'), { Effect: 'Deny', Action: 's3:*', Resource: '*' })))).toEqual([]);
    });

    it('flags an Allow with NotAction', () => {
      expect(kinds(policyPlan(doc(allow('s3:GetObject')), doc(allow('s3:GetObject'), { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })))).toEqual([
        'not-action',
        'resource-star',
      ]);
    });

    it('flags every action a statement turning from Deny to Allow grants', () => {
      const deny = { Sid: 'S', Effect: 'Deny', Action: 'ec2:*', Resource: '*' };
      expect(kinds(policyPlan(doc(deny), doc({ ...deny, Effect: 'Allow' })))).toEqual(['wildcard-action', 'resource-star']);
    });

    it('flags a trust policy losing aws:SourceAccount', () => {
      const trust = (condition: unknown) => doc({ Effect: 'Allow', Principal: { Service: 'pinpoint.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: condition });
      const plan = policyPlan(
        trust({ StringEquals: { 'aws:SourceAccount': '123456789012' }, ArnLike: { 'aws:SourceArn': 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/x' } }),
        trust({ ArnLike: { 'aws:SourceArn': 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/x' } }),
        'aws_iam_role',
        'assume_role_policy',
      );
      expect(findRisks(analyzePlan(parsePlan(plan)).changed).map((f) => f.title)).toEqual(['Trust policy lost aws:SourceAccount']);
    });

    it('flags a new trust statement without the source conditions the old one had', () => {
      const guarded = { Sid: 'A', Effect: 'Allow', Principal: { Service: 'pinpoint.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': '1' }, ArnLike: { 'aws:SourceArn': 'x' } } };
      const open = { Sid: 'B', Effect: 'Allow', Principal: { Service: 'pinpoint.amazonaws.com' }, Action: 'sts:AssumeRole' };
      const titles = findRisks(analyzePlan(parsePlan(policyPlan(doc(guarded), doc(guarded, open), 'aws_iam_role', 'assume_role_policy'))).changed).map((f) => f.title);
      expect(titles).toEqual(['Trust policy lost aws:SourceAccount', 'Trust policy lost aws:SourceArn']);
    });

    it('does not flag a trust policy that only reorders its conditions and principals', () => {
      const a = { Effect: 'Allow', Principal: { Service: ['a.amazonaws.com', 'b.amazonaws.com'] }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': '1' }, ArnLike: { 'aws:SourceArn': 'x' } } };
      const b = { Condition: { ArnLike: { 'aws:SourceArn': ['x'] }, StringEquals: { 'aws:SourceAccount': '1' } }, Action: ['sts:AssumeRole'], Principal: { Service: ['b.amazonaws.com', 'a.amazonaws.com'] }, Effect: 'Allow' };
      const plan = policyPlan(doc(a), doc(b), 'aws_iam_role', 'assume_role_policy');
      expect(kinds(plan)).toEqual([]);
      expect(renderReview(plan)).toContain('No permission change: the documents differ only in formatting or order.');
    });

    it('does not flag a principal the trust policy already had in another statement', () => {
      const st = (Sid: string, Service: string) => ({ Sid, Effect: 'Allow', Principal: { Service }, Action: 'sts:AssumeRole' });
      expect(kinds(policyPlan(doc(st('A', 'x.amazonaws.com'), st('B', 'y.amazonaws.com')), doc(st('A', 'x.amazonaws.com'), st('B', 'x.amazonaws.com')), 'aws_iam_role', 'assume_role_policy'))).toEqual([]);
    });

    it('does not flag a boundary that stays unknown until apply', () => {
      const plan = {
        format_version: '1.2',
        resource_changes: [
          {
            address: 'aws_iam_role.r',
            type: 'aws_iam_role',
            name: 'r',
            change: { actions: ['update'], before: { permissions_boundary: 'arn:aws:iam::1:policy/b' }, after: {}, after_unknown: { permissions_boundary: true } },
          },
        ],
      };
      expect(kinds(plan)).toEqual([]);
    });

    it('flags a boundary set to an empty string as removed', () => {
      const plan = {
        format_version: '1.2',
        resource_changes: [{ address: 'aws_iam_role.r', type: 'aws_iam_role', name: 'r', change: { actions: ['update'], before: { permissions_boundary: 'arn:aws:iam::1:policy/b' }, after: { permissions_boundary: '' } } }],
      };
      expect(kinds(plan)).toEqual(['boundary-removed']);
    });
  });
});
