import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Fn, TerraformElement, TerraformLocal, TerraformOutput, TerraformStack, TerraformVariable, Token } from 'cdktf';
import type { Construct, Node } from 'constructs';
import { appParts, defaultRoleNameOf } from '../constructs/export-role-props';
import { PinpointExportRole } from '../constructs/pinpoint-export-role';
import type { S3AccessMode } from '../policies/export-policy';
import { defaultDescription, defaultPolicyName } from '../policies/names';
import { MODULE_OUTPUTS, MODULE_VARIABLES, type ModuleVariable } from './module-variables';

/** The Terraform name of every resource of the module, as terraform-aws-modules names a module's only resource of a type. */
const MODULE_RESOURCE_NAME = 'this';
const EXPORT_ROLE_ID = 'export_role';

/**
 * The export role as a reusable Terraform module: every input is a {@link TerraformVariable}
 * passed as a token into {@link PinpointExportRole}, so the module runs the same construct and
 * the same policy builders as the cdktf app. Its provider block is only there to satisfy cdktf;
 * the module generator drops it (a module never configures its provider).
 */
export class ExportRoleModuleStack extends TerraformStack {
  /** The export role the module wraps. */
  readonly exportRole: PinpointExportRole;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', {});
    const vars = Object.fromEntries(MODULE_VARIABLES.map((v) => [v.prop, declare(this, v)])) as Record<ModuleVariable['prop'], TerraformVariable>;
    const str = (prop: ModuleVariable['prop']) => vars[prop].stringValue;

    // Derived defaults: a null variable falls back to the construct's own default, as a Terraform
    // expression. The default texts come from the same functions, with `%s` for each token
    // (cdktf 0.21 cannot nest `${}` templates inside function arguments).
    const app = appParts(str('applicationArn'));
    const roleName = Fn.coalesce([str('roleName'), defaultRoleNameOf(app, str('bucket'), str('folder'))]) as string;
    this.exportRole = new PinpointExportRole(this, EXPORT_ROLE_ID, {
      applicationArn: str('applicationArn'),
      bucket: str('bucket'),
      folder: str('folder'),
      roleName,
      policyName: Fn.coalesce([str('policyName'), Fn.format(defaultPolicyName('%s'), [roleName])]) as string,
      path: str('path'),
      description: Fn.coalesce([str('description'), Fn.format(defaultDescription('%s', '%s', '%s'), [app.applicationId, str('bucket'), str('folder')])]) as string,
      permissionsBoundary: str('permissionsBoundary'),
      maxSessionDuration: vars.maxSessionDuration.numberValue,
      tags: Token.asStringMap(vars.tags.value),
      s3Access: str('s3Access') as S3AccessMode,
    });

    const values: Record<string, string> = {
      role_arn: this.exportRole.roleArn,
      role_name: this.exportRole.roleName,
      policy_arn: this.exportRole.policyArn,
    };
    for (const output of MODULE_OUTPUTS) {
      new TerraformOutput(this, `output_${output.name}`, { value: values[output.name], description: output.description }).overrideLogicalId(output.name);
    }
  }

  /**
   * Names the export role's resources `this` (`aws_iam_role.this`, ...) and its locals by their
   * construct IDs (`local.minimal_policy`). `overrideLogicalId` cannot do it: the construct
   * references its role and policy before the stack could override them.
   */
  protected override allocateLogicalId(element: TerraformElement | Node): string {
    const node = TerraformElement.isTerraformElement(element) ? element.node : element;
    const parent = node.scope;
    if (parent?.node.id !== EXPORT_ROLE_ID || parent.node.scope !== this) return super.allocateLogicalId(element);
    return element instanceof TerraformLocal ? node.id : MODULE_RESOURCE_NAME;
  }
}

function declare(stack: TerraformStack, v: ModuleVariable): TerraformVariable {
  // Construct IDs are prefixed because a variable and an output may share a Terraform name (role_name).
  const variable = new TerraformVariable(stack, `var_${v.name}`, {
    type: v.type,
    description: v.description,
    // cdktf cannot write `default = null`; the module generator adds it for derived defaults.
    ...(v.required || v.default === null ? {} : { default: v.default }),
    nullable: v.default === null,
    validation: v.validations.map((rule) => ({ condition: `\${${rule.condition}}`, errorMessage: rule.errorMessage })),
  });
  variable.overrideLogicalId(v.name);
  return variable;
}
