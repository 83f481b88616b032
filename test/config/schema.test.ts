import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { configJsonSchemaText, SCHEMA_FILE } from '../../src/config/schema';
import { validateConfig } from '../../src/config/validate';
import { MULTI_ACCOUNT_CONFIG } from '../support/multi-account';

const ROOT = join(__dirname, '..', '..');
const committed = readFileSync(join(ROOT, SCHEMA_FILE), 'utf8');
const example = JSON.parse(readFileSync(join(ROOT, 'pinpoint-iam.config.json'), 'utf8')) as Record<string, unknown>;
const multiAccount = JSON.parse(readFileSync(MULTI_ACCOUNT_CONFIG, 'utf8')) as Record<string, unknown>;
const validateWithSchema = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(committed) as object);

describe('the shipped JSON Schema', () => {
  it('is exactly what the config spec generates (run `npm run build:schema` when this fails)', () => {
    expect(committed).toBe(configJsonSchemaText());
  });

  it.each([
    ['the example config', example],
    ['the multi-account example', multiAccount],
  ])('accepts %s, as the validator does', (_name, config) => {
    expect(validateWithSchema(config)).toBe(true);
    expect(validateConfig(config).ok).toBe(true);
  });

  it.each([
    ['an unknown top-level field', { ...example, exportRole: [] }],
    ['a bucket with uppercase letters', withRole({ bucket: 'Example-Bucket' })],
    ['a bucket with a reserved suffix', withRole({ bucket: 'example--x-s3' })],
    ['a folder with a leading slash', withRole({ folder: '/Exports' })],
    ['an application ARN of another service', withRole({ applicationArn: 'arn:aws:s3:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef' })],
    ['a session duration under an hour', withRole({ maxSessionDuration: 60 })],
    ['an s3Access mode that does not exist', withRole({ s3Access: 'everything' })],
    ['a role name with a space', withRole({ roleName: 'my role' })],
    ['a backend type that does not exist', { ...example, backend: { type: 'gcs', bucket: 'x' } }],
    ['an S3 backend without a region', { ...example, backend: { type: 's3', bucket: 'acme-terraform-state' } }],
    ['an S3 field on an HCP backend', { ...example, backend: { type: 'cloud', organization: 'acme', bucket: 'acme-terraform-state' } }],
    ['an account key that is not 12 digits', { ...example, accounts: { '1234': {} } }],
    ['a provider role that is not a role ARN', { ...example, accounts: { '123456789012': { assumeRoleArn: 'deployer' } } }],
    ['a stack split that does not exist', { ...example, stackPer: 'zone' }],
  ])('rejects %s, as the validator does', (_name, config) => {
    expect(validateWithSchema(config)).toBe(false);
    expect(validateConfig(config).ok).toBe(false);
  });
});

function withRole(change: Record<string, unknown>): Record<string, unknown> {
  const roles = example['exportRoles'] as Record<string, unknown>[];
  return { ...example, exportRoles: [{ ...roles[0], ...change }] };
}
