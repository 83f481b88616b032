import { countChanges, parsePlan, renderReview } from '../../src/plan';
import { loadFixture } from './support';

const change = (actions: unknown, extra: Record<string, unknown> = {}) => ({
  address: 'aws_iam_role.r',
  mode: 'managed',
  type: 'aws_iam_role',
  name: 'r',
  change: { actions, before: null, after: null, ...extra },
});
const planOf = (...changes: unknown[]) => ({ format_version: '1.2', resource_changes: changes });

describe('parsePlan', () => {
  it('reads the plan the example config produces', () => {
    const plan = parsePlan(loadFixture('create-export-role'));
    expect(plan.formatVersion).toBe('1.2');
    expect(plan.terraformVersion).toBe('1.11.4');
    expect(plan.resourceChanges.map((rc) => [rc.type, rc.change.kind])).toEqual([
      ['aws_iam_policy', 'create'],
      ['aws_iam_role', 'create'],
      ['aws_iam_role_policy_attachment', 'create'],
    ]);
    expect(plan.resourceChanges[1]!.change.afterUnknown).toMatchObject({ arn: true, unique_id: true });
    expect(plan.outputChanges).toEqual([expect.objectContaining({ name: 'export_role_s3ExportRole' })]);
  });

  it.each([
    [['no-op'], 'no-op', undefined],
    [['create'], 'create', undefined],
    [['read'], 'read', undefined],
    [['update'], 'update', undefined],
    [['delete'], 'delete', undefined],
    [['forget'], 'forget', undefined],
    [['delete', 'create'], 'replace', 'delete-before-create'],
    [['create', 'delete'], 'replace', 'create-before-delete'],
  ])('reads the action list %j as %s', (actions, kind, order) => {
    const c = parsePlan(planOf(change(actions))).resourceChanges[0]!.change;
    expect(c.kind).toBe(kind);
    expect(c.replaceOrder).toBe(order);
    expect(c.actions).toEqual(actions);
  });

  it('treats a plan without resource_changes or output_changes as a plan with none', () => {
    expect(parsePlan({ format_version: '1.0' })).toEqual({ formatVersion: '1.0', errored: false, resourceChanges: [], outputChanges: [] });
  });

  it('keeps moves, imports and the reason for an action', () => {
    const rc = parsePlan(planOf({ ...change(['update']), previous_address: 'aws_iam_role.old', importing: { id: 'my-role' }, action_reason: 'replace_because_tainted' }))
      .resourceChanges[0]!;
    expect(rc).toMatchObject({ previousAddress: 'aws_iam_role.old', importingId: 'my-role', actionReason: 'replace_because_tainted' });
  });

  it('orders output changes by name', () => {
    const plan = parsePlan({ format_version: '1.2', output_changes: { b: { actions: ['create'] }, a: { actions: ['delete'] } } });
    expect(plan.outputChanges.map((o) => o.name)).toEqual(['a', 'b']);
  });

  it.each([
    ['a string', 'not a plan', 'plan JSON: the top level is not an object'],
    ['null', null, 'plan JSON: the top level is not an object'],
    ['a plan without format_version', { resource_changes: [] }, 'plan JSON: format_version is missing or not a string'],
    ['format 2.0', { format_version: '2.0' }, 'plan JSON: format_version "2.0" is not supported; expected 1.x'],
    ['a state instead of a plan', { format_version: '1.0', values: {} }, 'plan JSON: the top level is a state, not a plan'],
    ['resource_changes that is an object', { format_version: '1.2', resource_changes: {} }, 'plan JSON: resource_changes is not a list'],
    ['a resource change that is a string', planOf('x'), 'plan JSON: resource_changes[0] is not an object'],
    ['actions that are a string', planOf(change(['create']), change(['create']), change(['create']), change('create')), 'plan JSON: resource_changes[3].change.actions is not a list'],
    ['an unknown action', planOf(change(['destroy'])), 'plan JSON: resource_changes[0].change.actions ["destroy"] is not an action list Terraform plans'],
    ['a missing change', planOf({ address: 'a.b', type: 'a', name: 'b' }), 'plan JSON: resource_changes[0].change is missing or not an object'],
    ['a missing address', planOf({ type: 'a', name: 'b', change: { actions: ['create'] } }), 'plan JSON: resource_changes[0].address is missing'],
    ['a numeric type', planOf({ address: 'a.b', type: 1, name: 'b', change: { actions: ['create'] } }), 'plan JSON: resource_changes[0].type is not a string'],
    ['an unknown mode', planOf({ ...change(['create']), mode: 'ephemeral' }), 'plan JSON: resource_changes[0].mode is "ephemeral"; expected "managed" or "data"'],
    ['after that is a list', planOf(change(['create'], { after: [] })), 'plan JSON: resource_changes[0].change.after is not an object or null'],
    ['output_changes that is a list', { format_version: '1.2', output_changes: [] }, 'plan JSON: output_changes is not an object'],
    ['an output change without actions', { format_version: '1.2', output_changes: { o: {} } }, 'plan JSON: output_changes.o.actions is not a list'],
  ])('rejects %s with a message naming the malformed part', (_what, json, message) => {
    expect(() => parsePlan(json)).toThrow(message);
    expect(() => renderReview(json)).toThrow(message);
  });
});

describe('countChanges', () => {
  it('counts a replacement once, whichever way round, and keeps reads and no-ops apart', () => {
    const plan = parsePlan(
      planOf(change(['create']), change(['create']), change(['update']), change(['delete', 'create']), change(['create', 'delete']), change(['delete']), change(['no-op']), change(['read']), change(['forget'])),
    );
    expect(countChanges(plan)).toEqual({ add: 2, change: 1, replace: 2, destroy: 1, forget: 1, read: 1, noOp: 1 });
  });

  it.each([
    ['create-export-role', { add: 3, change: 0, replace: 0, destroy: 0 }],
    ['destroy-export-role', { add: 0, change: 0, replace: 0, destroy: 3 }],
    ['replace-role-delete-then-create', { add: 0, change: 0, replace: 2, destroy: 0 }],
    ['no-op-unchanged', { add: 0, change: 0, replace: 0, destroy: 0, noOp: 3 }],
    ['read-data-sources', { add: 0, change: 0, replace: 0, destroy: 0, noOp: 1, read: 1 }],
  ])('counts the %s fixture', (name, counts) => {
    expect(countChanges(parsePlan(loadFixture(name)))).toMatchObject(counts);
  });
});
