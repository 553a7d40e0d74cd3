import { roles } from "@fsm/core";
import { Duration } from "aws-cdk-lib";
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StringAttribute,
  UserPool,
  UserPoolClientIdentityProvider,
} from "aws-cdk-lib/aws-cognito";
import { type StackContext, use } from "sst/constructs";
import { suppressNag } from "../nag";
import { isProd, statefulRemovalPolicy } from "../stage";
import { Cdn } from "./Cdn";

/** Where the web app receives the hosted login's code (`web/src/auth/cognito.ts`: `${origin}/auth/callback`). */
export const callbackPaths = ["/auth/callback"] as const;

/**
 * The Cognito user pool: one group per role (`roles` from core), the organisation in the custom
 * attribute `orgId`, accounts created by an administrator (no self sign-up: a role and an
 * organisation are assigned, never chosen). The web client is public (no secret, PKCE code flow) and
 * may read but never write `orgId`. The API's JWT authorizer trusts tokens issued to this client.
 */
export function Auth({ stack, app }: StackContext) {
  const cdn = use(Cdn);
  const prod = isProd(app.stage);

  const userPool = new UserPool(stack, "Users", {
    userPoolName: app.logicalPrefixedName("users"),
    selfSignUpEnabled: false,
    signInAliases: { email: true },
    signInCaseSensitive: false,
    autoVerify: { email: true },
    standardAttributes: { email: { required: true, mutable: true }, fullname: { required: false, mutable: true } },
    customAttributes: { orgId: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }) },
    passwordPolicy: {
      minLength: 12,
      requireLowercase: true,
      requireUppercase: true,
      requireDigits: true,
      requireSymbols: true,
      tempPasswordValidity: Duration.days(7),
    },
    mfa: Mfa.OPTIONAL,
    mfaSecondFactor: { otp: true, sms: false },
    accountRecovery: AccountRecovery.EMAIL_ONLY,
    featurePlan: FeaturePlan.ESSENTIALS,
    deletionProtection: prod,
    removalPolicy: statefulRemovalPolicy(app.stage),
  });
  suppressNag(userPool, [
    {
      id: "AwsSolutions-COG2",
      reason:
        "MFA (TOTP) is offered to every user but not forced during the pilot: accounts are created by an administrator and field officers share devices with unreliable connectivity.",
    },
    {
      id: "AwsSolutions-COG3",
      reason:
        "Threat protection (advanced security) needs the Cognito Plus plan, billed per active user with no free tier; the pilot has no self sign-up and a few dozen administrator-created accounts. Revisit before opening sign-up.",
    },
  ]);

  for (const role of roles) {
    userPool.addGroup(`Group${role.charAt(0).toUpperCase()}${role.slice(1)}`, { groupName: role, description: `Role ${role}` });
  }

  const domain = userPool.addDomain("HostedLogin", {
    cognitoDomain: { domainPrefix: `${app.name}-${app.stage}-${app.account}`.toLowerCase().slice(0, 63) },
  });

  const client = userPool.addClient("WebClient", {
    userPoolClientName: "web",
    generateSecret: false,
    authFlows: { userSrp: true },
    oAuth: {
      flows: { authorizationCodeGrant: true },
      scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
      callbackUrls: callbackPaths.map((path) => `${cdn.url}${path}`),
      // The web app signs out to `window.location.origin` (no trailing slash); accept both spellings.
      logoutUrls: [cdn.url, `${cdn.url}/`],
    },
    supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
    preventUserExistenceErrors: true,
    enableTokenRevocation: true,
    idTokenValidity: Duration.hours(1),
    accessTokenValidity: Duration.hours(1),
    refreshTokenValidity: Duration.days(30),
    readAttributes: new ClientAttributes()
      .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
      .withCustomAttributes("orgId"),
    writeAttributes: new ClientAttributes().withStandardAttributes({ email: true, fullname: true }),
  });

  const issuer = userPool.userPoolProviderUrl;
  const cognitoDomain = domain.baseUrl();

  stack.addOutputs({ UserPoolId: userPool.userPoolId, UserPoolClientId: client.userPoolClientId, CognitoDomain: cognitoDomain });
  return { userPool, client, issuer, cognitoDomain };
}
