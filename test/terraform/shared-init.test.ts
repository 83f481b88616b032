import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planOffline, validateOffline } from '../support/terraform';

describe('the shared terraform init', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'shared-init-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('plans a configuration offline without its own terraform init', async () => {
    writeFileSync(
      join(dir, 'main.tf.json'),
      JSON.stringify({
        terraform: { required_providers: { aws: { source: 'hashicorp/aws', version: '5.100.0' } } },
        provider: { aws: [{ region: 'us-east-1' }] },
        resource: { aws_iam_policy: { p: { name: 'p', policy: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/k"}]}' } } },
      }),
    );
    const plan = await planOffline(dir);
    expect(plan.resource_changes.map((c) => [c.address, c.change.actions])).toEqual([['aws_iam_policy.p', ['create']]]);
  });

  it('fails validation of a configuration with an unknown attribute', async () => {
    writeFileSync(
      join(dir, 'main.tf.json'),
      JSON.stringify({
        terraform: { required_providers: { aws: { source: 'hashicorp/aws', version: '5.100.0' } } },
        resource: { aws_iam_policy: { p: { name: 'p', policy: '{}', not_an_attribute: 1 } } },
      }),
    );
    const result = await validateOffline(dir);
    expect(result.valid).toBe(false);
    expect(JSON.stringify(result.diagnostics)).toContain('not_an_attribute');
  });
});
