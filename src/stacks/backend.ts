import { CloudBackend, LocalBackend, NamedCloudWorkspace, S3Backend, type TerraformStack } from 'cdktf';
import { s3StateKey, workspaceName } from '../backends/state-keys';
import type { ResolvedBackend } from '../backends/types';

/**
 * Adds a stack's backend. Every remote key is derived from the stack name, so each stack has
 * its own state and a config always addresses the same one. `localStatePath` (relative to the
 * stack's synthesized folder) is used by the local backend only.
 */
export function addBackend(stack: TerraformStack, name: string, backend: ResolvedBackend, localStatePath: string): void {
  switch (backend.type) {
    case 'local':
      new LocalBackend(stack, { path: localStatePath });
      return;
    case 's3': {
      const s3 = new S3Backend(stack, {
        bucket: backend.bucket,
        key: s3StateKey(backend.keyPrefix, name),
        region: backend.region,
        encrypt: true,
        ...(backend.kmsKeyId !== undefined && { kmsKeyId: backend.kmsKeyId }),
        ...(backend.roleArn !== undefined && { assumeRole: { roleArn: backend.roleArn, sessionName: 'pinpoint-iam-state' } }),
      });
      // S3-native locking (Terraform >= 1.10); cdktf 0.21's S3BackendConfig predates the setting.
      s3.addOverride('use_lockfile', true);
      return;
    }
    case 'cloud':
      new CloudBackend(stack, {
        organization: backend.organization,
        hostname: backend.hostname,
        workspaces: new NamedCloudWorkspace(workspaceName(backend.workspacePrefix, name), backend.project),
      });
      return;
  }
}
