import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformOutput, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { PinpointAccessPolicy, type PinpointAccessPolicyProps } from '../constructs/pinpoint-access-policy';
import { PinpointExportRole, type PinpointExportRoleProps } from '../constructs/pinpoint-export-role';
import { DEFAULT_BACKEND } from '../backends/defaults';
import type { ResolvedBackend } from '../backends/types';
import type { AssumeRole } from '../config/types';
import { addBackend } from './backend';

/** Props of {@link PinpointIamStack}. */
export interface PinpointIamStackProps {
  /** Where the stack keeps its state; remote keys derive from the stack name. @default local */
  readonly backend?: ResolvedBackend;
  /**
   * Path of the local state file, relative to the stack's synthesized folder
   * (never absolute, so output is the same on every machine). Used by the local backend only.
   */
  readonly localStatePath: string;
  /** Region the AWS provider is configured for (IAM is global; the region only routes API calls). */
  readonly region: string;
  /**
   * The account this stack manages: the provider's `allowed_account_ids`, so Terraform refuses
   * to plan or apply with credentials of any other account. @default any account
   */
  readonly account?: string;
  /** Role the AWS provider assumes (session name `pinpoint-iam`). @default the caller's credentials */
  readonly assumeRole?: AssumeRole;
  /** Export roles to emit, each keyed by a stable construct ID (its role name). */
  readonly exportRoles: readonly (PinpointExportRoleProps & { readonly id: string })[];
  /** Access policies for people and apps, whose grants all target this stack's account. @default none */
  readonly accessPolicies?: readonly PinpointAccessPolicyProps[];
}

/** One Terraform stack (one state) holding the Pinpoint IAM of one account. */
export class PinpointIamStack extends TerraformStack {
  /** The export roles, in config order. */
  readonly exportRoles: readonly PinpointExportRole[];
  /** The access policies, in config order. */
  readonly accessPolicies: readonly PinpointAccessPolicy[];

  constructor(scope: Construct, name: string, props: PinpointIamStackProps) {
    super(scope, name);
    new AwsProvider(this, 'aws', {
      region: props.region,
      ...(props.account !== undefined && { allowedAccountIds: [props.account] }),
      ...(props.assumeRole && {
        assumeRole: [{ roleArn: props.assumeRole.roleArn, sessionName: 'pinpoint-iam', ...(props.assumeRole.externalId !== undefined && { externalId: props.assumeRole.externalId }) }],
      }),
    });
    addBackend(this, name, props.backend ?? DEFAULT_BACKEND, props.localStatePath);
    const used = new Set<string>();
    this.exportRoles = props.exportRoles.map(({ id, ...roleProps }) => {
      const role = new PinpointExportRole(this, constructId(id), roleProps);
      new TerraformOutput(this, outputName(id, used), {
        description: `ARNs of export role ${id} and its S3 policy`,
        value: { role_arn: role.roleArn, policy_arn: role.policyArn },
      });
      return role;
    });
    // `access:<name>`: ':' is in no IAM name, so these IDs never collide with role names.
    this.accessPolicies = (props.accessPolicies ?? []).map((policyProps) => {
      const policy = new PinpointAccessPolicy(this, `access:${policyProps.name}`, policyProps);
      new TerraformOutput(this, outputName(policyProps.name, used, 'access_policy'), {
        description: `ARN of access policy ${policyProps.name}`,
        value: { policy_arn: policy.policyArn },
      });
      return policy;
    });
  }
}

/**
 * The construct ID for a role: the role name itself, unless that breaks a layer below. IAM allows
 * role names that (a) name `Object.prototype` members (`constructor`, `toString`, `__proto__`),
 * which the constructs library, keeping children in a plain object, takes for existing children;
 * or (b) start with a digit or '-', which cdktf copies into resource names Terraform rejects
 * ("A name must start with a letter or underscore"). Those get the prefix `_#`: '#' is in no role
 * name, so the ID stays unique, and cdktf drops it, leaving a name that starts with '_'.
 */
function constructId(id: string): string {
  const inTerraform = id.replace(/[^A-Za-z0-9_-]/g, '');
  const startsBadly = /^[0-9-]/.test(inTerraform);
  return startsBadly || id in Object.prototype ? `_#${id}` : id;
}

/** A Terraform-safe, unique output name for a role or policy name (IAM allows `+=,.@`, Terraform does not). */
function outputName(id: string, used: Set<string>, prefix = 'export_role'): string {
  const base = `${prefix}_${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  let name = base;
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  used.add(name.toLowerCase());
  return name;
}
