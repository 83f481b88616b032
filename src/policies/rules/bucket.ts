/**
 * S3 general purpose bucket naming rules. Each rule returns a reason, or undefined when
 * the name passes; the caller adds the field path and the quoted value.
 */

/** Bucket name prefixes S3 reserves. */
export const RESERVED_PREFIXES = ['xn--', 'sthree-', 'amzn-s3-demo-'] as const;
/** Bucket name suffixes S3 reserves (access point aliases, Object Lambda, Multi-Region, directory buckets). */
export const RESERVED_SUFFIXES = ['-s3alias', '--ol-s3', '.mrap', '--x-s3'] as const;

/** The expected form, stated in every bucket error. */
export const BUCKET_FORM =
  "3-63 characters of a-z, 0-9, '.' and '-', starting and ending with a letter or digit, not an IP address";

/** Returns why `name` is not a valid S3 bucket name, or undefined when it is. */
export function bucketNameProblem(name: string): string | undefined {
  if (name.length < 3 || name.length > 63) return `is ${name.length} characters long; expected ${BUCKET_FORM}`;
  if (!/^[a-z0-9.-]+$/.test(name)) return `has characters other than a-z, 0-9, '.' and '-'; expected ${BUCKET_FORM}`;
  if (!/^[a-z0-9]/.test(name) || !/[a-z0-9]$/.test(name)) {
    return `must start and end with a letter or digit; expected ${BUCKET_FORM}`;
  }
  if (name.includes('..')) return `contains ".."; expected ${BUCKET_FORM}`;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return `is formatted as an IP address; expected ${BUCKET_FORM}`;
  const prefix = RESERVED_PREFIXES.find((p) => name.startsWith(p));
  if (prefix) return `starts with the reserved prefix "${prefix}"; expected ${BUCKET_FORM}`;
  const suffix = RESERVED_SUFFIXES.find((s) => name.endsWith(s));
  if (suffix) return `ends with the reserved suffix "${suffix}"; expected ${BUCKET_FORM}`;
  return undefined;
}

/** A JSON-Schema (ECMA-262) pattern equivalent to {@link bucketNameProblem}, for editors. */
export const BUCKET_PATTERN =
  '^(?!xn--|sthree-|amzn-s3-demo-)(?!.*\\.\\.)(?!\\d{1,3}(\\.\\d{1,3}){3}$)(?!.*(-s3alias|--ol-s3|\\.mrap|--x-s3)$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$';
