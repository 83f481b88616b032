// Deterministic benchmark inputs: a pinpoint-iam config of N export roles, and beside it the
// "bare" spec that bench/bare-synth.js turns into the same Terraform JSON with no validation,
// no policy builders and no checks (names and policy documents precomputed here as literal strings).
const { createHash } = require('node:crypto');
const { relative, join } = require('node:path');

/** Accounts used by the "by account" variant (20 stacks); the "one stack" variant uses the first. */
const ACCOUNTS = Array.from({ length: 20 }, (_, k) => `1000000000${String(k).padStart(2, '0')}`);
const REGION = 'us-east-1';
const BUCKET = 'pinpoint-bench-exports';

/**
 * The application ID of role `index`: the first 32 hex characters of sha256 of the index,
 * so every size shares its first roles with the larger sizes and every run is byte-identical.
 * @param {number} index
 * @returns {string}
 */
function appId(index) {
  return createHash('sha256').update(`pinpoint-iam-bench/${index}`).digest('hex').slice(0, 32);
}

/**
 * One export role entry as a user would write it (role and policy names left to their defaults).
 * @param {number} index
 * @param {string} account
 * @returns {{ applicationArn: string, bucket: string, folder: string }}
 */
function exportRole(index, account) {
  return {
    applicationArn: `arn:aws:mobiletargeting:${REGION}:${account}:apps/${appId(index)}`,
    bucket: BUCKET,
    folder: `Exports-${index}`,
  };
}

/**
 * A config of `size` export roles, in one account (`variant` "one-stack") or spread round-robin
 * over 20 accounts (`variant` "by-account").
 * @param {number} size
 * @param {'one-stack' | 'by-account'} variant
 * @returns {{ exportRoles: object[] }}
 */
function makeConfig(size, variant) {
  const accountOf = (i) => (variant === 'by-account' ? ACCOUNTS[i % ACCOUNTS.length] : ACCOUNTS[0]);
  return { exportRoles: Array.from({ length: size }, (_, i) => exportRole(i, accountOf(i))) };
}

/**
 * What the bare program needs for one role: names, description and both policy documents as
 * literal JSON strings, written with template literals (the same bytes pinpoint-iam emits for
 * the default `documented` S3 access, which the bench checks by comparing the two outputs).
 * @param {{ applicationArn: string, bucket: string, folder: string }} role
 */
function bareRole(role) {
  const [, , , , account, resource] = role.applicationArn.split(':');
  const id = resource.slice('apps/'.length);
  const digest = createHash('sha256').update(`${role.bucket}/${role.folder}`).digest('hex').slice(0, 8);
  const roleName = `pinpoint-export-${id.slice(0, 12)}-${digest}`;
  const b = role.bucket;
  const f = role.folder;
  return {
    id: roleName,
    roleName,
    policyName: `${roleName}-s3`,
    description: `Lets Amazon Pinpoint project ${id} export to s3://${b}/${f}/`,
    policy:
      `{"Version":"2012-10-17","Statement":[{"Sid":"AllowUserToSeeBucketListInTheConsole","Effect":"Allow","Action":["s3:ListAllMyBuckets","s3:GetBucketLocation"],"Resource":["arn:aws:s3:::*"]},` +
      `{"Sid":"AllowRootAndHomeListingOfBucket","Effect":"Allow","Action":["s3:ListBucket"],"Resource":["arn:aws:s3:::${b}"],"Condition":{"StringEquals":{"s3:delimiter":["/"],"s3:prefix":["","${f}/"]}}},` +
      `{"Sid":"AllowListingOfUserFolder","Effect":"Allow","Action":["s3:ListBucket"],"Resource":["arn:aws:s3:::${b}"],"Condition":{"StringLike":{"s3:prefix":["${f}/*"]}}},` +
      `{"Sid":"AllowAllS3ActionsInUserFolder","Effect":"Allow","Action":["s3:*"],"Resource":["arn:aws:s3:::${b}/${f}/*"]}]}`,
    trust:
      `{"Version":"2012-10-17","Statement":[{"Sid":"AllowPinpointToAssumeForOneProject","Effect":"Allow","Principal":{"Service":"pinpoint.amazonaws.com"},` +
      `"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:SourceAccount":"${account}"},"ArnLike":{"aws:SourceArn":"${role.applicationArn}"}}}]}`,
    account,
  };
}

/**
 * The bare spec of a config: stacks in first-seen account order, as pinpoint-iam groups them.
 * @param {{ exportRoles: object[] }} config
 * @returns {{ stacks: { name: string, region: string, roles: object[] }[] }}
 */
function makeBareSpec(config) {
  const stacks = new Map();
  for (const role of config.exportRoles) {
    const bare = bareRole(role);
    const name = `pinpoint-iam-${bare.account}`;
    if (!stacks.has(name)) stacks.set(name, { name, region: REGION, roles: [] });
    delete bare.account;
    stacks.get(name).roles.push(bare);
  }
  return { stacks: [...stacks.values()] };
}

/**
 * The local state path pinpoint-iam writes into each stack (relative, from the stack folder to
 * `terraform.<stack>.tfstate` in the working directory), so the bare output is byte-identical.
 * @param {string} cwd
 * @param {string} outdir absolute
 * @param {string} stack
 */
function localStatePath(cwd, outdir, stack) {
  return relative(join(outdir, 'stacks', stack), join(cwd, `terraform.${stack}.tfstate`));
}

module.exports = { ACCOUNTS, appId, makeConfig, makeBareSpec, localStatePath };
