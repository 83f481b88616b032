import type { BackendConfig, ResolvedBackend } from './types';

/** Defaults of the backend settings, shared by the config spec, the resolver and the README. */
export const BACKEND_DEFAULTS = {
  s3KeyPrefix: 'pinpoint-iam',
  cloudHostname: 'app.terraform.io',
  workspacePrefix: '',
} as const;

/** The backend used when the config names none. */
export const DEFAULT_BACKEND: ResolvedBackend = { type: 'local' };

/** Fills a backend's defaults. Pure. */
export function resolveBackend(backend: BackendConfig | undefined): ResolvedBackend {
  if (backend === undefined) return DEFAULT_BACKEND;
  switch (backend.type) {
    case 'local':
      return DEFAULT_BACKEND;
    case 's3':
      return { ...backend, keyPrefix: backend.keyPrefix ?? BACKEND_DEFAULTS.s3KeyPrefix };
    case 'cloud':
      return {
        ...backend,
        hostname: backend.hostname ?? BACKEND_DEFAULTS.cloudHostname,
        workspacePrefix: backend.workspacePrefix ?? BACKEND_DEFAULTS.workspacePrefix,
      };
  }
}
