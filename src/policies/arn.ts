import { findPartition, PARTITIONS } from './partitions';

/** The parts of an Amazon Pinpoint application (project) ARN. */
export interface ApplicationArnParts {
  /** The ARN as given. */
  readonly arn: string;
  /** ARN partition, for example `aws`. */
  readonly partition: string;
  /** Region of the project, for example `us-east-1`. */
  readonly region: string;
  /** 12-digit account ID that owns the project. */
  readonly account: string;
  /** 32 lowercase hex characters. */
  readonly applicationId: string;
}

/** The expected form, quoted in every ARN error. */
export const APPLICATION_ARN_FORM = 'arn:<partition>:mobiletargeting:<region>:<12-digit account>:apps/<32 lowercase hex>';
/** A JSON-Schema pattern for application ARNs, for editors; {@link parseApplicationArn} checks the rest (partition and region agree). */
export const APPLICATION_ARN_PATTERN = '^arn:aws[a-z-]*:mobiletargeting:[a-z0-9-]+:\\d{12}:apps/[0-9a-f]{32}$';

/** The result of parsing: the parts, or one sentence saying what is wrong. */
export type ParseResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/**
 * Parses an Amazon Pinpoint application ARN, checking every segment.
 * Pure: returns a reason rather than throwing, so callers can collect all problems.
 */
export function parseApplicationArn(arn: string): ParseResult<ApplicationArnParts> {
  const parts = arn.split(':');
  if (parts.length !== 6 || parts[0] !== 'arn') {
    return fail(`is not an ARN of the form ${APPLICATION_ARN_FORM}`);
  }
  const [, partitionName, service, region, account, resource] = parts as [string, string, string, string, string, string];
  const partition = findPartition(partitionName);
  if (!partition) {
    return fail(`has unknown partition "${partitionName}"; expected one of ${PARTITIONS.map((p) => p.name).join(', ')}`);
  }
  if (service !== 'mobiletargeting') {
    return fail(`has service "${service}"; expected "mobiletargeting" (${APPLICATION_ARN_FORM})`);
  }
  if (!partition.regions.test(region)) {
    return fail(`has region "${region}", which is not a region of partition "${partition.name}" (for example ${partition.exampleRegion})`);
  }
  if (!/^\d{12}$/.test(account)) {
    return fail(`has account "${account}"; expected exactly 12 digits`);
  }
  const slash = resource.indexOf('/');
  const type = slash < 0 ? resource : resource.slice(0, slash);
  const id = slash < 0 ? '' : resource.slice(slash + 1);
  if (type !== 'apps') {
    return fail(`has resource type "${type}"; expected "apps/<application id>"`);
  }
  if (!/^[0-9a-f]{32}$/.test(id)) {
    return fail(`has application ID "${id}"; expected 32 lowercase hex characters`);
  }
  return { ok: true, value: { arn, partition: partition.name, region, account, applicationId: id } };
}

/** Checks an application ARN, giving the parser's reason, or undefined when it parses. */
export function applicationArnProblem(arn: string): string | undefined {
  const parsed = parseApplicationArn(arn);
  return parsed.ok ? undefined : parsed.reason;
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

/** Builds `arn:<partition>:s3:::<path>`; S3 ARNs carry neither region nor account. */
export function s3Arn(partition: string, path: string): string {
  return `arn:${partition}:s3:::${path}`;
}
