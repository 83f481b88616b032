/**
 * A typed model of the plan half of `terraform show -json` (format 1.x), reduced to what a
 * review needs: resource changes with their actions, before/after values and what is
 * unknown until apply, and output changes. Property names are camelCase; values
 * (`before`, `after`, …) stay as Terraform wrote them, so attribute names stay snake_case.
 */

/** One verb of a change's action list, as Terraform writes it. */
export type PlanAction = 'no-op' | 'create' | 'read' | 'update' | 'delete' | 'forget';

/**
 * What a change does, from its action list: `replace` stands for both `["delete","create"]`
 * and `["create","delete"]` (see {@link Change.replaceOrder}); `forget` (Terraform 1.7+)
 * drops a resource from state without destroying it.
 */
export type ChangeKind = 'create' | 'update' | 'delete' | 'replace' | 'no-op' | 'read' | 'forget';

/** The order of a replacement: destroy first (the default) or create first (`create_before_destroy`). */
export type ReplaceOrder = 'delete-before-create' | 'create-before-delete';

/** Attribute values of a resource object, or null where there is none (before a create, after a delete). */
export type AttributeValues = Readonly<Record<string, unknown>> | null;

/** A planned change of one object (a resource instance or an output). */
export interface Change<V = unknown> {
  /** The action list exactly as planned, e.g. `["delete","create"]`. */
  readonly actions: readonly PlanAction[];
  /** The action list read as one kind of change. */
  readonly kind: ChangeKind;
  /** For a replacement, which half runs first. @default undefined (not a replacement) */
  readonly replaceOrder?: ReplaceOrder;
  /** The value before the change. */
  readonly before: V;
  /** The value after the change, without the parts that are only known after apply. */
  readonly after: V;
  /** Mirrors `after`: `true` where a value is known only after apply. @default false */
  readonly afterUnknown: unknown;
  /** Mirrors `before`: `true` where a value is sensitive. @default false */
  readonly beforeSensitive: unknown;
  /** Mirrors `after`: `true` where a value is sensitive. @default false */
  readonly afterSensitive: unknown;
}

/** A planned change of one resource instance (`resource_changes[]`). */
export interface ResourceChange {
  /** Full address, e.g. `module.a.aws_iam_role.r["x"]`. */
  readonly address: string;
  /** `managed` for resources, `data` for data sources. */
  readonly mode: 'managed' | 'data';
  /** Resource type, e.g. `aws_iam_role`. */
  readonly type: string;
  /** Resource name in its module. */
  readonly name: string;
  /** Module address, e.g. `module.a`. @default undefined (root module) */
  readonly moduleAddress?: string;
  /** Provider source address. @default "" when the plan omits it */
  readonly providerName: string;
  /** Address before a `moved` block. @default undefined (not moved) */
  readonly previousAddress?: string;
  /** Object ID being imported by an `import` block. @default undefined (not imported) */
  readonly importingId?: string;
  /** Why Terraform chose the action, e.g. `replace_because_cannot_update`. @default undefined */
  readonly actionReason?: string;
  /** The change itself. */
  readonly change: Change<AttributeValues>;
}

/** A planned change of one root module output (`output_changes`). */
export interface OutputChange {
  /** Output name. */
  readonly name: string;
  /** The change; values are any JSON value. */
  readonly change: Change;
}

/** A parsed plan. */
export interface Plan {
  /** `format_version`, e.g. `1.2`. */
  readonly formatVersion: string;
  /** The Terraform version that wrote the plan. @default undefined */
  readonly terraformVersion?: string;
  /** Whether planning stopped on an error (the plan is then incomplete). @default false */
  readonly errored: boolean;
  /** Resource changes, in the plan's order. */
  readonly resourceChanges: readonly ResourceChange[];
  /** Output changes, ordered by name. */
  readonly outputChanges: readonly OutputChange[];
}

/** Counts of changed resources, as a reviewer reads them: a replacement is counted once, as `replace`. */
export interface ChangeCounts {
  /** Resources to create. */
  readonly add: number;
  /** Resources to update in place. */
  readonly change: number;
  /** Resources to destroy and recreate (either order). */
  readonly replace: number;
  /** Resources to destroy. */
  readonly destroy: number;
  /** Resources to drop from state without destroying them. */
  readonly forget: number;
  /** Data sources to read during apply. */
  readonly read: number;
  /** Resources with no change. */
  readonly noOp: number;
}
