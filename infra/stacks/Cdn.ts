import { Duration, RemovalPolicy } from "aws-cdk-lib";
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import type { StackContext } from "sst/constructs";
import { lambdaBasicExecutionRule, runtimeRule, suppressNag } from "../nag";

/**
 * The web app's bucket and CloudFront distribution, created before Auth and Api: the Cognito client's
 * callback URLs and the API's CORS origin need the site URL, while the site build needs the API URL
 * and Cognito ids. Creating the distribution first (and letting the Web stack's `StaticSite` upload
 * into it) keeps the stacks acyclic. The content is rebuilt on every deploy, so both buckets are
 * disposable on every stage.
 */
export function Cdn({ stack }: StackContext) {
  const logs = new Bucket(stack, "AccessLogs", {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    // CloudFront standard logs are delivered with ACLs.
    objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
    lifecycleRules: [{ expiration: Duration.days(90) }],
    removalPolicy: RemovalPolicy.DESTROY,
    autoDeleteObjects: true,
  });

  const bucket = new Bucket(stack, "SiteBucket", {
    blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
    encryption: BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    serverAccessLogsBucket: logs,
    serverAccessLogsPrefix: "site-bucket/",
    removalPolicy: RemovalPolicy.DESTROY,
    autoDeleteObjects: true,
  });

  // `autoDeleteObjects` adds CDK's bucket-emptying provider (one per stack).
  suppressNag(stack.node.findChild("Custom::S3AutoDeleteObjectsCustomResourceProvider").node.findChild("Role"), [
    {
      ...lambdaBasicExecutionRule,
      reason: `CDK's provider that empties the disposable site and log buckets on teardown. ${lambdaBasicExecutionRule.reason}`,
    },
  ]);

  suppressNag(stack.node.findChild("Custom::S3AutoDeleteObjectsCustomResourceProvider").node.findChild("Handler"), [
    { ...runtimeRule, reason: `CDK's bucket-emptying provider; aws-cdk-lib picks its runtime. ${runtimeRule.reason}` },
  ]);

  const distribution = new Distribution(stack, "SiteDistribution", {
    comment: `${stack.stackName} web app`,
    defaultRootObject: "index.html",
    defaultBehavior: {
      origin: S3BucketOrigin.withOriginAccessControl(bucket),
      viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
      cachePolicy: CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy: ResponseHeadersPolicy.SECURITY_HEADERS,
      compress: true,
    },
    // A single-page app: unknown paths are client-side routes.
    errorResponses: [403, 404].map((httpStatus) => ({
      httpStatus,
      responseHttpStatus: 200,
      responsePagePath: "/index.html",
      ttl: Duration.seconds(0),
    })),
    enableLogging: true,
    logBucket: logs,
    logFilePrefix: "cloudfront/",
    // North America, Europe, Asia (Jakarta included), Middle East and Africa.
    priceClass: PriceClass.PRICE_CLASS_200,
    httpVersion: HttpVersion.HTTP2_AND_3,
  });
  suppressNag(distribution, [
    {
      id: "AwsSolutions-CFR4",
      reason:
        "The pilot uses the default *.cloudfront.net certificate, for which CloudFront does not let us raise the minimum TLS version; a custom domain with an ACM certificate (TLSv1.2_2021) lifts this.",
    },
  ]);

  return { bucket, distribution, url: `https://${distribution.distributionDomainName}` };
}
