import { renderReview } from '../../src/plan';
import { fixtureNames, loadFixture } from './support';

const render = (name: string) => renderReview(loadFixture(name));

describe('renderReview on the plan fixtures', () => {
  it.each(fixtureNames())('renders %s as it did before', (name) => {
    expect(render(name)).toMatchSnapshot();
  });

  it.each(fixtureNames())('renders %s identically every time', (name) => {
    expect(render(name)).toBe(render(name));
  });
});

describe('a plan that creates the export role', () => {
  const md = render('create-export-role');

  it('leads with the counts', () => {
    expect(md).toContain('**3 to add, 0 to change, 0 to replace, 0 to destroy**');
  });

  it('lists each created resource with its type and action', () => {
    expect(md).toContain('| `aws_iam_role.s3ExportRole_role_AA117F1B` | `aws_iam_role` | + create |');
    expect(md).toContain('| `aws_iam_role_policy_attachment.s3ExportRole_attachment_FFA4CB92` | `aws_iam_role_policy_attachment` | + create |');
  });

  it('shows the new policy as a table of statements rather than a JSON string', () => {
    expect(md).toContain('| Sid | Effect | Actions | Resources | Conditions | Principals |');
    expect(md).toContain('| `AllowAllS3ActionsInUserFolder` | Allow | `s3:*` | `arn:aws:s3:::example-bucket/Exports/*` | — | — |');
    expect(md).toContain('`StringEquals s3:prefix ["","Exports/"]`');
    expect(md).not.toContain('\\"Statement\\"');
  });

  it('shows the trust policy with its principal and both source conditions', () => {
    expect(md).toContain('`assume_role_policy` (trust policy): create');
    expect(md).toContain('`Service: pinpoint.amazonaws.com`');
    expect(md).toContain('`StringEquals aws:SourceAccount "123456789012"`');
    expect(md).toContain('`ArnLike aws:SourceArn "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef"`');
  });

  it('writes outputs known only after apply as "(known after apply)"', () => {
    expect(md).toContain('| `export_role_s3ExportRole` | create | `{"policy_arn":"(known after apply)","role_arn":"(known after apply)"}` |');
  });

  it('uses the title it is given, escaped', () => {
    expect(renderReview(loadFixture('create-export-role'), { title: 'pinpoint-iam plan: *stack*' })).toMatch(/^## pinpoint-iam plan: \\\*stack\\\*\n/);
  });
});

describe('a plan that updates a policy', () => {
  const md = render('update-policy-adds-wildcard-and-resource-star');

  it('counts the updates', () => {
    expect(md).toContain('**0 to add, 2 to change, 0 to replace, 0 to destroy**');
  });

  it('diffs by statement: the added action and the removed ones of the changed statement', () => {
    expect(md).toContain('1 statement added, 1 statement changed, 2 statements unchanged.');
    expect(md).toContain('| `AllowObjectWritesInExportFolder` | added | `s3:*` | — | — | — |');
    expect(md).toContain('|  | removed | `s3:AbortMultipartUpload`<br>`s3:PutObject` | — | — | — |');
  });

  it('shows a statement without a Sid by its position', () => {
    expect(md).toContain('| #4 | Allow | `mobiletargeting:Get*`<br>`mobiletargeting:ListTagsForResource` | `*` | — | — |');
  });

  it('writes a policy known only after apply as "(known after apply)"', () => {
    expect(md).toContain('#### `aws_iam_role_policy.s3ExportRole_audit_0A1B2C3D` `policy`: update\n\n- before: 1 statement\n- after: (known after apply)');
  });
});

describe('a plan that updates a trust policy', () => {
  const md = render('update-trust-loses-source-arn-and-adds-principal');

  it('shows the principal added and the condition removed from the statement', () => {
    expect(md).toContain('| `AllowPinpointToAssumeForOneProject` | added | — | — | — | `AWS: arn:aws:iam::210987654321:root` |');
    expect(md).toContain('|  | removed | — | — | `ArnLike aws:SourceArn "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef"` | — |');
  });
});

describe('a plan that changes inline and resource policies', () => {
  const md = render('update-inline-policies-and-bucket-policy');

  it('reviews each inline role policy by its name', () => {
    expect(md).toContain('`inline_policy["export-folder"].policy`: update');
    expect(md).toContain('`inline_policy["kms"].policy`: update, policy added');
    expect(md).toContain('`inline_policy["legacy-read"].policy`: update, policy removed');
    expect(md).toContain('| #1 | added | `s3:DeleteObject` | — | — | — |');
  });

  it('reviews the top-level policy of a resource that is not IAM when it is a policy document', () => {
    expect(md).toContain('#### `aws_s3_bucket_policy.exports` `policy`: update');
    expect(md).toContain('|  | removed | — | — | — | `Service: pinpoint.amazonaws.com` |');
  });
});

describe('plans that replace', () => {
  it('says which half of a replacement runs first', () => {
    expect(render('replace-role-delete-then-create')).toContain('| -/+ replace (destroy, then create); reason: `replace_because_cannot_update` |');
    expect(render('replace-policy-create-then-delete')).toContain('| +/- replace (create, then destroy); reason: `replace_because_cannot_update` |');
  });

  it('counts replacements apart from adds and destroys', () => {
    expect(render('replace-role-delete-then-create')).toContain('**0 to add, 0 to change, 2 to replace, 0 to destroy**');
    expect(render('replace-policy-create-then-delete')).toContain('**0 to add, 0 to change, 1 to replace, 0 to destroy**');
  });

  it('shows a replaced policy whose new text is not known yet as "(known after apply)"', () => {
    expect(render('replace-policy-create-then-delete')).toContain('- before: 3 statements\n- after: (known after apply)');
  });

  it('shows an output partly known after apply', () => {
    expect(render('replace-role-delete-then-create')).toContain(
      '| `export_role_s3ExportRole` | update | `{"policy_arn":"arn:aws:iam::123456789012:policy/s3ExportPolicy","role_arn":"(known after apply)"}` |',
    );
  });
});

describe('a plan that destroys the export role', () => {
  const md = render('destroy-export-role');

  it('counts and lists the destroyed resources', () => {
    expect(md).toContain('**0 to add, 0 to change, 0 to replace, 3 to destroy**');
    expect(md).toContain('| `aws_iam_policy.s3ExportRole_policy_27E51AC5` | `aws_iam_policy` | - destroy |');
  });

  it('shows the permissions that go with it', () => {
    expect(md).toContain('All statements destroyed with the resource.');
    expect(md).toContain('| `AllowObjectWritesInExportFolder` | Allow | `s3:AbortMultipartUpload`<br>`s3:PutObject` |');
  });
});

describe('plans without changes', () => {
  it('summarizes unchanged resources in a folded list instead of the change table', () => {
    const md = render('no-op-unchanged');
    expect(md).toContain('**0 to add, 0 to change, 0 to replace, 0 to destroy** (3 unchanged, 0 to read)');
    expect(md).toContain('No resources change.');
    expect(md).toContain('<details><summary>3 unchanged resources</summary>');
    expect(md).not.toContain('### Policy changes');
    expect(md).not.toContain('### Outputs');
  });

  it('lists data sources to read apart from changes', () => {
    const md = render('read-data-sources');
    expect(md).toContain('(1 unchanged, 1 to read)');
    expect(md).toContain('<details><summary>1 data source to read</summary>\n\n- `data.aws_iam_policy_document.deferred`');
    expect(md).not.toContain('| `data.aws_iam_policy_document.deferred`');
  });
});

describe('policy-bearing attributes of other resources', () => {
  const planWith = (type: string, after: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
    format_version: '1.2',
    resource_changes: [{ address: `${type}.x`, type, name: 'x', change: { actions: ['create'], before: null, after, ...extra } }],
  });
  const doc = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Only', Effect: 'Allow', Action: 'mobiletargeting:GetApp', Resource: '*' }] });

  it.each(['aws_iam_user_policy', 'aws_iam_group_policy', 'aws_iam_role_policy'])('reviews the policy of %s', (type) => {
    const md = renderReview(planWith(type, { policy: doc }));
    expect(md).toContain(`#### \`${type}.x\` \`policy\`: create`);
    expect(md).toContain('| `Only` | Allow | `mobiletargeting:GetApp` | `*` | — | — |');
    expect(md).toContain(`- **Resource "*" added**: \`*\` in \`${type}.x\` \`policy\``);
  });

  it('says so when an IAM policy attribute does not hold a policy document', () => {
    expect(renderReview(planWith('aws_iam_user_policy', { policy: 'not json' }))).toContain('- after: (not a policy document: is not JSON)');
  });

  it('leaves out a `policy` attribute of another resource that is not a policy document', () => {
    expect(renderReview(planWith('aws_example_thing', { policy: 'round-robin' }))).not.toContain('### Policy changes');
  });

  it('does not show a sensitive policy', () => {
    const md = renderReview(planWith('aws_iam_policy', { policy: doc }, { after_sensitive: { policy: true } }));
    expect(md).toContain('- after: (sensitive value)');
    expect(md).not.toContain('mobiletargeting:GetApp');
  });

  it('folds a long policy into a details block', () => {
    const statements = Array.from({ length: 30 }, (_, i) => ({ Sid: `S${i}`, Effect: 'Allow', Action: `s3:GetObject`, Resource: `arn:aws:s3:::bucket/${i}/*` }));
    const md = renderReview(planWith('aws_iam_policy', { policy: JSON.stringify({ Version: '2012-10-17', Statement: statements }) }));
    expect(md).toContain('<details><summary>Policy: 30 statements</summary>\n\n| Sid | Effect |');
    expect(md).toContain('| `S29` | Allow |');
  });
});
