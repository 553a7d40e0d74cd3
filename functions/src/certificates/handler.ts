import { isoDay, notFound, presentCertificate } from "@fsm/core";
import { type AppDeps, productionDeps } from "../deps";
import { groupHandler, lazyHandler } from "../http/group-handler";
import { implement } from "../http/operation";
import { routes } from "../routes";
import { verifyCertificateJws } from "./verify";

export const operations = [
  implement(routes.listCertificates, async ({ caller }, { store, clock }) => {
    const today = isoDay(clock.now());
    return (await store.certificates.listForCooperative(caller.orgId)).map((stored) => presentCertificate(stored, today));
  }),
  implement(routes.getCertificate, async ({ params }, { store, clock }) => {
    const stored = await store.certificates.get(params.id);
    if (!stored) throw notFound("Certificate", params.id);
    return presentCertificate(stored, isoDay(clock.now()));
  }),
  implement(routes.verifyCertificate, async ({ body }, deps) => verifyCertificateJws(body.jws, deps)),
  implement(routes.jwks, async (_input, { signer }) => ({ keys: await signer.publicKeys() })),
];

export const makeHandler = (deps: AppDeps) => groupHandler(operations, deps);
export const handler = lazyHandler(() => makeHandler(productionDeps()));
