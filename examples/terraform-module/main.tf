# A root configuration that uses the generated module by relative path. Outside this repository,
# use a git source pinned to a tag, as modules/pinpoint-export-role/README.md shows.
terraform {
  required_version = ">= 1.9"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.0, < 7.0"
    }
  }
}

# IAM is global; the region only routes the API calls.
provider "aws" {
  region = "us-east-1"
}

module "pinpoint_export_role" {
  source = "../../modules/pinpoint-export-role"

  pinpoint_app_arn = "arn:aws:mobiletargeting:us-east-1:123456789012:apps/0123456789abcdef0123456789abcdef"
  bucket_name      = "example-bucket"
  folder           = "Exports"
  role_name        = "s3ExportRole"
  policy_name      = "s3ExportPolicy"
}

output "export_role_arn" {
  description = "Give this ARN to Amazon Pinpoint as the role of an export job."
  value       = module.pinpoint_export_role.role_arn
}

output "export_policy_arn" {
  description = "ARN of the S3 policy attached to the export role."
  value       = module.pinpoint_export_role.policy_arn
}
