import type { Caller } from "@fsm/core";
import type { CreateRequest } from "@fsm/store";
import type * as z from "zod/mini";
import type { AppDeps } from "../deps";
import type { RouteDefinition } from "./route";

type Parsed<Schema> = Schema extends z.ZodMiniType ? z.output<Schema> : undefined;

export interface OperationInput<Route extends RouteDefinition> {
  params: Parsed<Route["params"]>;
  query: Parsed<Route["query"]>;
  body: Parsed<Route["body"]>;
  caller: Route["auth"] extends "public" ? Caller | undefined : Caller;
  headers: Record<string, string | undefined>;
  /** Set on creating routes when the caller sent an `Idempotency-Key`; the store records it atomically. */
  request?: CreateRequest;
}

export type OperationResult<Route extends RouteDefinition> = z.input<Route["response"]>;

/** A route's use case: validated input in, response body out; failures are thrown DomainErrors. */
export interface Operation<Route extends RouteDefinition = RouteDefinition> {
  route: Route;
  run(input: OperationInput<Route>, deps: AppDeps): Promise<OperationResult<Route>>;
  /** Creating routes: what a repeated `Idempotency-Key` answers, from the id of what was created. */
  replay?(resourceId: string, input: OperationInput<Route>, deps: AppDeps): Promise<OperationResult<Route>>;
}

export const implement = <Route extends RouteDefinition>(
  route: Route,
  run: Operation<Route>["run"],
): Operation<Route> => ({ route, run });

/** A route that creates something: it runs once per `Idempotency-Key`, and a repeat answers `replay`. */
export const implementCreating = <Route extends RouteDefinition & { idempotent: true }>(
  route: Route,
  run: Operation<Route>["run"],
  replay: NonNullable<Operation<Route>["replay"]>,
): Operation<Route> => ({ route, run, replay });
