// Removes the shared terraform init made by global-setup.js.
const { rmSync } = require('node:fs');

module.exports = async function globalTeardown() {
  const root = process.env.PINPOINT_IAM_TEST_TF_ROOT;
  if (root) rmSync(root, { recursive: true, force: true });
};
