import type { CloudFormationTemplate, Synthesized } from "./synth";

export type Resource = CloudFormationTemplate["Resources"][string];

export interface Located {
  stack: string;
  logicalId: string;
  resource: Resource;
}

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource?: unknown;
  Principal?: unknown;
}

export const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Every resource of a CloudFormation type, across all stacks of the app. */
export const resourcesOfType = (synthesized: Synthesized, type: string): Located[] =>
  [...synthesized.stacks.entries()].flatMap(([stack, { json }]) =>
    Object.entries(json.Resources)
      .filter(([, resource]) => resource.Type === type)
      .map(([logicalId, resource]) => ({ stack, logicalId, resource })),
  );

export const props = (resource: Resource) => (resource.Properties ?? {}) as Record<string, unknown>;

/** Our functions (not SST's per-stack custom-resource handler), keyed by their handler path. */
export const marketFunctions = (synthesized: Synthesized) =>
  resourcesOfType(synthesized, "AWS::Lambda::Function").filter(({ resource }) => String(props(resource).Handler).startsWith("functions/"));

export const functionByHandler = (synthesized: Synthesized, handler: string) => {
  const found = marketFunctions(synthesized).filter(({ resource }) => props(resource).Handler === handler);
  if (found.length !== 1) throw new Error(`Expected one function with handler ${handler}, found ${found.length}`);
  return found[0]!;
};

/** The statements of every IAM policy attached to the function's role (same stack). */
export const functionStatements = (synthesized: Synthesized, fn: Located): Statement[] => {
  const role = (props(fn.resource).Role as { "Fn::GetAtt": [string, string] })["Fn::GetAtt"][0];
  const { json } = synthesized.stack(fn.stack);
  return Object.values(json.Resources)
    .filter((resource) => resource.Type === "AWS::IAM::Policy")
    .filter((resource) => asArray(props(resource).Roles as unknown[]).some((ref) => JSON.stringify(ref) === JSON.stringify({ Ref: role })))
    .flatMap((resource) => (props(resource).PolicyDocument as { Statement: Statement[] }).Statement);
};

export const actionsOf = (statements: Statement[]) => statements.flatMap((statement) => asArray(statement.Action));

/** Statements whose resources mention the given CloudFormation export (e.g. the table's ARN). */
export const statementsOn = (statements: Statement[], exportFragment: string) =>
  statements.filter((statement) => JSON.stringify(statement.Resource ?? "").includes(exportFragment));
