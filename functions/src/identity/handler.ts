import { notFound } from "@fsm/core";
import { type AppDeps, productionDeps } from "../deps";
import { groupHandler, lazyHandler } from "../http/group-handler";
import { implement } from "../http/operation";
import { routes } from "../routes";

export const operations = [
  implement(routes.devLogin, async ({ body }, { store, devIdentity }) => {
    const user = devIdentity ? await store.directory.findUserByEmail(body.email) : undefined;
    if (!devIdentity || !user) throw notFound("Demo account", body.email);
    return { token: await devIdentity.issue(user), user };
  }),
  implement(routes.me, async ({ caller }) => ({
    id: caller.userId,
    email: caller.email,
    role: caller.role,
    orgId: caller.orgId,
  })),
];

export const makeHandler = (deps: AppDeps) => groupHandler(operations, deps);
export const handler = lazyHandler(() => makeHandler(productionDeps()));
