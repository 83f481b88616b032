// File helpers of the bench: comparing two output trees, and removing what is big
// (each `terraform init -plugin-dir` copies the ~700 MB provider binary into `.terraform`).
const { readdirSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');

/**
 * Every file below `dir`, as paths relative to it, sorted.
 * @param {string} dir
 * @param {string} [prefix]
 * @returns {string[]}
 */
function listFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)]))
    .sort();
}

/**
 * True when two folders hold the same files with the same bytes.
 * @param {string} a
 * @param {string} b
 * @returns {boolean}
 */
function sameTree(a, b) {
  const files = listFiles(a);
  const other = listFiles(b);
  if (files.length !== other.length || files.some((f, i) => f !== other[i])) return false;
  return files.every((f) => readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

/**
 * Removes every `.terraform` folder and `tfplan` file below `dir` (the provider copies and
 * binary plans); keeps the small outputs (cdk.tf.json, plan.json, plan.md) for inspection.
 * @param {string} dir
 */
function removeHeavy(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory() && e.name === '.terraform') rmSync(path, { recursive: true, force: true });
    else if (e.isDirectory()) removeHeavy(path);
    else if (e.name === 'tfplan') rmSync(path, { force: true });
  }
}

module.exports = { removeHeavy, sameTree };
