import { Suspense, useEffect, useRef } from "react";
import { useSession } from "./auth/SessionProvider";
import { Loading } from "./components/Loading";
import { ForbiddenPage, NotFoundPage } from "./pages/NotFoundPage";
import { matchPath, navigate, useLocation } from "./router/history";
import { routes } from "./routes";

/** Picks the page for the current path and enforces its role before anything loads. */
export const Router = () => {
  const { pathname, search } = useLocation();
  const { session } = useSession();
  const mainFocus = useRef(true);

  // Moving focus to the new page's content tells keyboard and screen-reader users the page changed.
  useEffect(() => {
    if (mainFocus.current) {
      mainFocus.current = false;
      return;
    }
    document.getElementById("main")?.focus({ preventScroll: true });
  }, [pathname]);

  const found = routes.map((route) => ({ route, params: matchPath(route.path, pathname) })).find((candidate) => candidate.params);
  const needsSignIn = Boolean(found?.route.role) && session.status === "signed-out";

  useEffect(() => {
    if (needsSignIn) navigate(`/signin?next=${encodeURIComponent(pathname + (search.size ? `?${search}` : ""))}`, { replace: true });
  }, [needsSignIn, pathname, search]);

  if (!found?.params) return <NotFoundPage />;
  const { route, params } = found;
  if (route.role) {
    if (session.status !== "signed-in") return <Loading />;
    if (session.user.role !== route.role) return <ForbiddenPage />;
  }
  const Page = route.page;
  return (
    <Suspense fallback={<Loading />}>
      <Page key={pathname} params={params} />
    </Suspense>
  );
};
