import { isObject, type JsonObject } from './json';
import type { AttributeValues, Change, ChangeCounts, ChangeKind, OutputChange, Plan, PlanAction, ReplaceOrder, ResourceChange } from './model';

/** The action lists Terraform writes, and what each means. */
const KINDS: ReadonlyMap<string, { readonly kind: ChangeKind; readonly order?: ReplaceOrder }> = new Map([
  ['no-op', { kind: 'no-op' }],
  ['create', { kind: 'create' }],
  ['read', { kind: 'read' }],
  ['update', { kind: 'update' }],
  ['delete', { kind: 'delete' }],
  ['forget', { kind: 'forget' }],
  ['delete,create', { kind: 'replace', order: 'delete-before-create' }],
  ['create,delete', { kind: 'replace', order: 'create-before-delete' }],
] as const);

function fail(path: string, problem: string): never {
  throw new Error(`plan JSON: ${path} ${problem}`);
}

function optionalString(obj: JsonObject, key: string, path: string): string | undefined {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') fail(`${path}.${key}`, 'is not a string');
  return value;
}

function requiredString(obj: JsonObject, key: string, path: string): string {
  const value = optionalString(obj, key, path);
  if (value === undefined) fail(`${path}.${key}`, 'is missing');
  return value;
}

/**
 * Reads the plan half of `terraform show -json` output (format 1.x) from a parsed JSON value.
 * Unknown properties are ignored, as the format asks; anything a review relies on that is
 * missing or of the wrong shape throws an Error naming it, e.g.
 * `plan JSON: resource_changes[3].change.actions is not a list`.
 */
export function parsePlan(json: unknown): Plan {
  if (!isObject(json)) fail('the top level', 'is not an object; expected `terraform show -json PLANFILE` output');
  const version = json.format_version;
  if (typeof version !== 'string') fail('format_version', 'is missing or not a string; expected `terraform show -json PLANFILE` output');
  if (!/^1\.\d+$/.test(version)) fail('format_version', `"${version}" is not supported; expected 1.x`);
  if (!('planned_values' in json) && !('resource_changes' in json) && 'values' in json) {
    fail('the top level', 'is a state, not a plan; run `terraform show -json` on a saved plan file');
  }
  const changes = json.resource_changes ?? [];
  if (!Array.isArray(changes)) fail('resource_changes', 'is not a list');
  const outputs = json.output_changes ?? {};
  if (!isObject(outputs)) fail('output_changes', 'is not an object');
  const errored = json.errored ?? false;
  if (typeof errored !== 'boolean') fail('errored', 'is not a boolean');
  return {
    formatVersion: version,
    terraformVersion: optionalString(json, 'terraform_version', 'plan'),
    errored,
    resourceChanges: changes.map((rc, i) => parseResourceChange(rc, `resource_changes[${i}]`)),
    outputChanges: Object.keys(outputs)
      .sort()
      .map((name) => ({ name, change: parseChange(outputs[name], `output_changes.${name}`, false) }) satisfies OutputChange),
  };
}

function parseResourceChange(value: unknown, path: string): ResourceChange {
  if (!isObject(value)) fail(path, 'is not an object');
  const mode = value.mode ?? 'managed';
  if (mode !== 'managed' && mode !== 'data') fail(`${path}.mode`, `is ${JSON.stringify(mode)}; expected "managed" or "data"`);
  const importing = value.importing;
  if (importing !== undefined && importing !== null && !isObject(importing)) fail(`${path}.importing`, 'is not an object');
  return {
    address: requiredString(value, 'address', path),
    mode,
    type: requiredString(value, 'type', path),
    name: requiredString(value, 'name', path),
    moduleAddress: optionalString(value, 'module_address', path),
    providerName: optionalString(value, 'provider_name', path) ?? '',
    previousAddress: optionalString(value, 'previous_address', path),
    importingId: importing ? (optionalString(importing, 'id', `${path}.importing`) ?? '') : undefined,
    actionReason: optionalString(value, 'action_reason', path),
    change: parseChange(value.change, `${path}.change`, true) as Change<AttributeValues>,
  };
}

function parseChange(value: unknown, path: string, objectValues: boolean): Change {
  if (!isObject(value)) fail(path, 'is missing or not an object');
  const actions = value.actions;
  if (!Array.isArray(actions)) fail(`${path}.actions`, 'is not a list');
  actions.forEach((a, i) => {
    if (typeof a !== 'string') fail(`${path}.actions[${i}]`, 'is not a string');
  });
  const meaning = KINDS.get(actions.join(','));
  if (!meaning) fail(`${path}.actions`, `${JSON.stringify(actions)} is not an action list Terraform plans`);
  const before = value.before ?? null;
  const after = value.after ?? null;
  if (objectValues) {
    if (!isObject(before) && before !== null) fail(`${path}.before`, 'is not an object or null');
    if (!isObject(after) && after !== null) fail(`${path}.after`, 'is not an object or null');
  }
  return {
    actions: actions as PlanAction[],
    kind: meaning.kind,
    ...(meaning.order ? { replaceOrder: meaning.order } : {}),
    before,
    after,
    afterUnknown: value.after_unknown ?? false,
    beforeSensitive: value.before_sensitive ?? false,
    afterSensitive: value.after_sensitive ?? false,
  };
}

/** Counts resource changes by kind; a replacement counts once, as `replace`. */
export function countChanges(plan: Plan): ChangeCounts {
  const counts = { add: 0, change: 0, replace: 0, destroy: 0, forget: 0, read: 0, noOp: 0 };
  for (const rc of plan.resourceChanges) {
    switch (rc.change.kind) {
      case 'create': counts.add++; break;
      case 'update': counts.change++; break;
      case 'replace': counts.replace++; break;
      case 'delete': counts.destroy++; break;
      case 'forget': counts.forget++; break;
      case 'read': counts.read++; break;
      case 'no-op': counts.noOp++; break;
    }
  }
  return counts;
}
