import { Duration } from "aws-cdk-lib";
import { AccountRootPrincipal, PolicyDocument, PolicyStatement } from "aws-cdk-lib/aws-iam";
import { Key, KeySpec, KeyUsage } from "aws-cdk-lib/aws-kms";
import type { StackContext } from "sst/constructs";
import { isProd, statefulRemovalPolicy } from "../stage";

/**
 * The certificate signing key: ECC_NIST_P256 / SIGN_VERIFY, so certificates are ES256 JWS and the
 * private key never leaves KMS. The key policy is written out instead of CDK's default (which gives
 * the account `kms:*`): the account may administer the key, and IAM policies may grant Sign, Verify
 * and GetPublicKey, which the Api stack does for exactly one group each. (Asymmetric keys cannot be
 * rotated by KMS: rotation means a new key whose public half joins the JWKS.)
 */
export function Signing({ stack, app }: StackContext) {
  const account = new AccountRootPrincipal();
  const policy = new PolicyDocument({
    statements: [
      new PolicyStatement({
        sid: "AccountAdministersTheKey",
        principals: [account],
        actions: [
          "kms:Create*",
          "kms:Describe*",
          "kms:Enable*",
          "kms:List*",
          "kms:Put*",
          "kms:Update*",
          "kms:Revoke*",
          "kms:Disable*",
          "kms:Get*",
          "kms:Delete*",
          "kms:TagResource",
          "kms:UntagResource",
          "kms:ScheduleKeyDeletion",
          "kms:CancelKeyDeletion",
        ],
        resources: ["*"],
      }),
      new PolicyStatement({
        sid: "IamPoliciesMayGrantSigningAndVerification",
        principals: [account],
        actions: ["kms:Sign", "kms:Verify", "kms:GetPublicKey"],
        resources: ["*"],
      }),
    ],
  });

  const key = new Key(stack, "CertificateSigningKey", {
    description: `${app.stage} ${app.name}: signs quality certificates (ES256 JWS)`,
    keySpec: KeySpec.ECC_NIST_P256,
    keyUsage: KeyUsage.SIGN_VERIFY,
    alias: `alias/${app.stage}-${app.name}-certificate-signing`,
    policy,
    pendingWindow: Duration.days(isProd(app.stage) ? 30 : 7),
    removalPolicy: statefulRemovalPolicy(app.stage),
  });

  stack.addOutputs({ SigningKeyId: key.keyId });
  return { key };
}
