import { POLICY_VERSION, type PolicyDocument } from './document';

/** The service principal Amazon Pinpoint assumes roles as, in every partition. */
export const PINPOINT_SERVICE_PRINCIPAL = 'pinpoint.amazonaws.com';

/** Inputs of the trust policy. */
export interface TrustPolicyInput {
  /** Account that owns the application; the only value `aws:SourceAccount` may take. */
  readonly account: string;
  /** The application (project) ARN; the only value `aws:SourceArn` may match. */
  readonly applicationArn: string;
}

/**
 * Lets only Amazon Pinpoint assume the role, and only on behalf of one project of one
 * account: `aws:SourceAccount` and `aws:SourceArn` close the confused-deputy hole.
 */
export function buildTrustPolicy(input: TrustPolicyInput): PolicyDocument {
  return {
    Version: POLICY_VERSION,
    Statement: [
      {
        Sid: 'AllowPinpointToAssumeForOneProject',
        Effect: 'Allow',
        Principal: { Service: PINPOINT_SERVICE_PRINCIPAL },
        Action: 'sts:AssumeRole',
        Condition: {
          StringEquals: { 'aws:SourceAccount': input.account },
          ArnLike: { 'aws:SourceArn': input.applicationArn },
        },
      },
    ],
  };
}
