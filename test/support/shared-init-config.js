// The provider requirement and backend every shared-init working directory uses; plan tests
// write the same backend as an override so the one initialized TF_DATA_DIR fits them all.
module.exports = {
  SHARED_BACKEND: { local: { path: 'terraform.tfstate' } },
  sharedProviderConfig: { required_providers: { aws: { source: 'hashicorp/aws', version: '5.100.0' } } },
};
