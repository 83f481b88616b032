// Deterministic benchmark inputs: a pinpoint-iam config of N export roles, and beside it the
// "bare" spec that bench/bare-synth.js turns into the same Terraform JSON with no validation,
// no policy builders and no checks (names and policy documents precomputed here).
const { createHash } = require('node:crypto');
const { join } = require('node:path');
// The default names and description come from the product's own functions (in the build), so
// the bare program emits the same names; the policy documents below stay literal strings.
const { defaultDescription, defaultPolicyName, defaultRoleName } = require(join(__dirname, '..', 'dist', 'src', 'policies', 'names'));
const { stackName } = require(join(__dirname, '..', 'dist', 'src', 'stacks', 'layout'));
const { localStateFile } = require(join(__dirname, '..', 'dist', 'src', 'backends', 'state-keys'));

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
  const b = role.bucket;
  const f = role.folder;
  const roleName = defaultRoleName(id, b, f);
  return {
    id: roleName,
    roleName,
    policyName: defaultPolicyName(roleName),
    description: defaultDescription(id, b, f),
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
 * @returns {{ stacks: { name: string, account: string, region: string, stateFile: string, roles: object[] }[] }}
 */
function makeBareSpec(config) {
  const stacks = new Map();
  for (const role of config.exportRoles) {
    const bare = bareRole(role);
    const name = stackName(bare.account);
    if (!stacks.has(name)) stacks.set(name, { name, account: bare.account, region: REGION, stateFile: localStateFile(name), roles: [] });
    delete bare.account;
    stacks.get(name).roles.push(bare);
  }
  return { stacks: [...stacks.values()] };
}

module.exports = { makeConfig, makeBareSpec };
