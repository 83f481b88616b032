import type { ResolvedBackend } from './types';

/**
 * Where each stack's state lives, derived from the stack name alone so that the same config
 * always addresses the same state, and no two stacks share one.
 */

/** The S3 object key of a stack's state: `<keyPrefix>/<stack>.tfstate`. */
export function s3StateKey(keyPrefix: string, stack: string): string {
  return `${keyPrefix}/${stack}.tfstate`;
}

/** The HCP Terraform workspace of a stack: `<workspacePrefix><stack>`. */
export function workspaceName(workspacePrefix: string, stack: string): string {
  return `${workspacePrefix}${stack}`;
}

/** The local state file of a stack, relative to the state folder: `terraform.<stack>.tfstate`. */
export function localStateFile(stack: string): string {
  return `terraform.${stack}.tfstate`;
}

/** Where a stack's state lives, in one line: `s3://bucket/key`, `<host>/<org>/<workspace>` or the local file. */
export function stateLocation(backend: ResolvedBackend, stack: string): string {
  switch (backend.type) {
    case 'local':
      return localStateFile(stack);
    case 's3':
      return `s3://${backend.bucket}/${s3StateKey(backend.keyPrefix, stack)}`;
    case 'cloud':
      return `${backend.hostname}/${backend.organization}/${workspaceName(backend.workspacePrefix, stack)}`;
  }
}
