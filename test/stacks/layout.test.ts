import type { ResolvedConfig } from '../../src/config/types';
import { layoutStacks, stackName } from '../../src/stacks/layout';
import { resolved } from '../support/config';

const appArn = (account: string, region: string, n: number) => `arn:aws:mobiletargeting:${region}:${account}:apps/${n.toString(16).padStart(32, '0')}`;
const role = (account: string, region: string, n: number) => ({ applicationArn: appArn(account, region, n), bucket: 'example-bucket', folder: `f${n}`, roleName: `r${n}` });
const admin = (name: string, account: string, region?: string) => ({ name, grants: [{ preset: 'admin', account, ...(region && { region }) }] });


/** Each stack as name → its provider region and the names of what it holds. */
function summary(config: Record<string, unknown>) {
  return Object.fromEntries(
    layoutStacks(resolved(config)).map((s) => [s.name, { region: s.region, roles: s.exportRoles.map((r) => r.roleName), policies: s.accessPolicies.map((p) => p.name) }]),
  );
}

describe('layoutStacks', () => {
  it('makes one stack per account by default, in first-seen order, whatever the regions', () => {
    expect(
      summary({
        exportRoles: [role('222222222222', 'eu-west-1', 1), role('111111111111', 'us-east-1', 2), role('222222222222', 'us-west-2', 3)],
        accessPolicies: [admin('ops', '111111111111'), admin('audit', '333333333333', 'ap-south-1')],
      }),
    ).toEqual({
      'pinpoint-iam-222222222222': { region: 'eu-west-1', roles: ['r1', 'r3'], policies: [] },
      'pinpoint-iam-111111111111': { region: 'us-east-1', roles: ['r2'], policies: ['ops'] },
      'pinpoint-iam-333333333333': { region: 'ap-south-1', roles: [], policies: ['audit'] },
    });
  });

  it("uses the account's region for its provider, and the partition's usual region when nothing names one", () => {
    expect(
      summary({
        exportRoles: [role('111111111111', 'us-east-1', 1)],
        accessPolicies: [admin('audit', '333333333333')],
        accounts: { '111111111111': { region: 'eu-central-1' } },
      }),
    ).toEqual({
      'pinpoint-iam-111111111111': { region: 'eu-central-1', roles: ['r1'], policies: [] },
      'pinpoint-iam-333333333333': { region: 'us-east-1', roles: [], policies: ['audit'] },
    });
  });

  it('splits an account by region when asked, sending each access policy to the region it names, else to the home region', () => {
    const config = {
      exportRoles: [role('111111111111', 'us-east-1', 1), role('111111111111', 'eu-west-1', 2), role('111111111111', 'us-east-1', 3), role('222222222222', 'eu-west-1', 4)],
      accessPolicies: [admin('eu-ops', '111111111111', 'eu-west-1'), admin('ops', '111111111111'), admin('ap-ops', '111111111111', 'ap-south-1')],
      accounts: { '111111111111': { stackPer: 'region' } },
    };
    expect(summary(config)).toEqual({
      'pinpoint-iam-111111111111-us-east-1': { region: 'us-east-1', roles: ['r1', 'r3'], policies: ['ops'] },
      'pinpoint-iam-111111111111-eu-west-1': { region: 'eu-west-1', roles: ['r2'], policies: ['eu-ops'] },
      'pinpoint-iam-222222222222': { region: 'eu-west-1', roles: ['r4'], policies: [] },
      'pinpoint-iam-111111111111-ap-south-1': { region: 'ap-south-1', roles: [], policies: ['ap-ops'] },
    });
    expect(summary({ ...config, accounts: { '111111111111': { stackPer: 'region', region: 'eu-west-1' } } })['pinpoint-iam-111111111111-eu-west-1']!.policies).toEqual(['eu-ops', 'ops']);
  });

  it('splits every account by region when the top level asks, unless an account says otherwise', () => {
    const names = layoutStacks(
      resolved({
        stackPer: 'region',
        exportRoles: [role('111111111111', 'us-east-1', 1), role('111111111111', 'eu-west-1', 2), role('222222222222', 'us-east-1', 3), role('222222222222', 'eu-west-1', 4)],
        accounts: { '222222222222': { stackPer: 'account' } },
      }),
    ).map((s) => s.name);
    expect(names).toEqual(['pinpoint-iam-111111111111-us-east-1', 'pinpoint-iam-111111111111-eu-west-1', 'pinpoint-iam-222222222222']);
  });

  it("gives each stack its account's provider role and backend", () => {
    const stacks = layoutStacks(
      resolved({
        backend: { type: 's3', bucket: 'acme-terraform-state', region: 'us-east-1' },
        exportRoles: [role('111111111111', 'us-east-1', 1), role('222222222222', 'us-east-1', 2)],
        accounts: { '222222222222': { assumeRoleArn: 'arn:aws:iam::222222222222:role/deploy', backend: { type: 'local' } } },
      }),
    );
    expect(stacks.map(({ name, assumeRole, backend }) => ({ name, assumeRole, backend: backend.type }))).toEqual([
      { name: 'pinpoint-iam-111111111111', assumeRole: undefined, backend: 's3' },
      { name: 'pinpoint-iam-222222222222', assumeRole: { roleArn: 'arn:aws:iam::222222222222:role/deploy' }, backend: 'local' },
    ]);
  });

  it('puts every export role and access policy in exactly one stack', () => {
    const exportRoles = Array.from({ length: 60 }, (_, i) => role(`${100000000000 + (i % 7)}`, ['us-east-1', 'eu-west-1', 'ap-south-1'][i % 3]!, i));
    const accessPolicies = Array.from({ length: 14 }, (_, i) => admin(`p${i}`, `${100000000000 + (i % 7)}`, i % 2 ? 'eu-west-1' : undefined));
    for (const stackPer of ['account', 'region']) {
      const stacks = layoutStacks(resolved({ stackPer, exportRoles, accessPolicies }));
      expect(stacks.flatMap((s) => s.exportRoles.map((r) => r.roleName)).sort()).toEqual(exportRoles.map((r) => r.roleName).sort());
      expect(stacks.flatMap((s) => s.accessPolicies.map((p) => p.name)).sort()).toEqual(accessPolicies.map((p) => p.name).sort());
      expect(stacks.every((s) => s.exportRoles.every((r) => r.app.account === s.account) && s.accessPolicies.every((p) => p.account === s.account))).toBe(true);
      expect(new Set(stacks.map((s) => s.name)).size).toBe(stacks.length);
    }
  });

  it('lays out a hand-built config with no stack settings as local, one stack per account', () => {
    const full = resolved({ exportRoles: [role('111111111111', 'us-east-1', 1)] });
    const bare: ResolvedConfig = { exportRoles: full.exportRoles, accessPolicies: full.accessPolicies };
    expect(layoutStacks(bare).map(({ name, backend, assumeRole }) => ({ name, backend, assumeRole }))).toEqual([
      { name: 'pinpoint-iam-111111111111', backend: { type: 'local' }, assumeRole: undefined },
    ]);
  });

  it('names stacks after the account, and the region when split', () => {
    expect([stackName('123456789012'), stackName('123456789012', 'eu-west-1')]).toEqual(['pinpoint-iam-123456789012', 'pinpoint-iam-123456789012-eu-west-1']);
  });
});
