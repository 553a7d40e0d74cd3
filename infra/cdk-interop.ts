/**
 * SST 2.49.8 depends on aws-cdk-lib 2.224.0, which npm installs nested under node_modules/sst,
 * while infra (and cdk-nag) use the root aws-cdk-lib 2.201.0 that infra/package.json pins. Objects
 * of the two copies interoperate at runtime (CDK identifies constructs, tokens and aspects through
 * `Symbol.for` registries, and SST accepts PolicyStatements by jsii type name), but TypeScript sees two
 * unrelated class hierarchies. Every place where an object built with the root copy is handed to an
 * SST construct goes through `forSst`, so the crossings are few, named and greppable; once both sides
 * use one aws-cdk-lib version this function can go.
 */
export const forSst = <SstType>(rootCdkObject: unknown): SstType => rootCdkObject as SstType;
