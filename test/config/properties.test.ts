/**
 * Properties of the validator and the app over generated configs: valid ones are accepted, one
 * corrupted field is reported at exactly that field, and the same config synthesizes the same bytes.
 */
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildApp } from '../../src/app';
import { configJsonSchema } from '../../src/config/schema';
import type { ResolvedConfig } from '../../src/config/types';
import { validateConfig } from '../../src/config/validate';
import { invalidValues, validExportRole } from '../support/arbitraries';
import { resolved } from '../support/config';

type Role = Record<string, unknown>;

/** The key IAM compares role names by: per account, ignoring case; derived names by their inputs. */
function nameKey(role: Role): string {
  const arn = String(role['applicationArn']);
  const account = arn.split(':')[4];
  if (typeof role['roleName'] === 'string') return `${account}/name/${role['roleName'].toLowerCase()}`;
  return `${account}/derived/${arn.split('/')[1]!.slice(0, 12)}/${String(role['bucket'])}/${String(role['folder'])}`.toLowerCase();
}

/** Configs of one to three export roles whose role names cannot collide. */
const validConfig = fc
  .uniqueArray(validExportRole, { minLength: 1, maxLength: 3, selector: nameKey })
  .map((exportRoles) => ({ exportRoles }));

const validateWithSchema = new Ajv2020({ allErrors: true, strict: true }).compile(configJsonSchema());

describe('generated valid configs', () => {
  it('are accepted, with every given value kept and every default filled', () => {
    fc.assert(
      fc.property(validConfig, (config) => {
        const result = validateConfig(config);
        expect(result.ok ? [] : result.issues).toEqual([]);
        if (!result.ok) return;
        config.exportRoles.forEach((given, i) => {
          const resolved = result.config.exportRoles[i]!;
          expect(resolved).toMatchObject({ ...given, tags: given['tags'] ?? {} });
          expect(resolved.s3Access).toBe(given['s3Access'] ?? 'documented');
          expect(resolved.path).toBe(given['path'] ?? '/');
          expect(resolved.maxSessionDuration).toBe(given['maxSessionDuration'] ?? 3600);
          expect(resolved.app.partition).toBe(String(given['applicationArn']).split(':')[1]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('are accepted by the shipped JSON Schema too, so editors do not flag them', () => {
    fc.assert(
      fc.property(validConfig, (config) => {
        expect(validateWithSchema(config) ? [] : validateWithSchema.errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a generated valid config with one field corrupted', () => {
  const corruption = fc.constantFrom(...Object.keys(invalidValues)).chain((field) => invalidValues[field]!.map((value) => ({ field, value })));

  it('is rejected at exactly that field, and nowhere else', () => {
    fc.assert(
      fc.property(validConfig, fc.nat(), corruption, (config, pick, { field, value }) => {
        const index = pick % config.exportRoles.length;
        const exportRoles = config.exportRoles.map((role, i) => (i === index ? { ...role, [field]: value } : role));
        const result = validateConfig({ exportRoles });
        expect(result.ok).toBe(false);
        const paths = result.ok ? [] : result.issues.map((issue) => issue.path);
        const path = `exportRoles[${index}].${field}`;
        // Tag problems may be reported at the tag's own path, below the field.
        expect(paths.filter((p) => p !== path && !p.startsWith(`${path}.`) && !p.startsWith(`${path}[`))).toEqual([]);
        expect(paths.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});

/** Every file under `dir`, by relative path, with its bytes. */
function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) visit(full);
      else out[relative(dir, full)] = readFileSync(full, 'latin1');
    }
  };
  visit(dir);
  return out;
}

describe('synthesis', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  const synthTo = (config: ResolvedConfig): Record<string, string> => {
    const dir = mkdtempSync(join(tmpdir(), 'pinpoint-iam-props-'));
    dirs.push(dir);
    // The state folder is the same for both runs; only the output folder differs.
    buildApp(config, { outdir: join(dir, 'out'), stateDir: tmpdir() }).synth();
    return files(join(dir, 'out'));
  };

  it('writes byte-identical output for the same config, whatever the output folder', () => {
    fc.assert(
      fc.property(validConfig, (config) => {
        const valid = resolved(config);
        const first = synthTo(valid);
        const second = synthTo(valid);
        expect(Object.keys(first).filter((f) => f.endsWith('cdk.tf.json')).length).toBeGreaterThan(0);
        expect(second).toEqual(first);
      }),
      { numRuns: 20 },
    );
  });
});
