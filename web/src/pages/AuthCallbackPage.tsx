import { useEffect, useRef, useState } from "react";
import { cognitoConfig, completeCognitoSignIn } from "../auth/cognito";
import { useSession } from "../auth/SessionProvider";
import { ErrorNotice } from "../components/ErrorNotice";
import { Loading } from "../components/Loading";
import { navigate } from "../router/history";

/** Where the Cognito hosted UI sends the browser back with `?code=`. */
export const AuthCallbackPage = () => {
  const { signIn } = useSession();
  const [error, setError] = useState<unknown>();
  // A code can be exchanged once; StrictMode's double effect must not spend it twice.
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const config = cognitoConfig();
    if (!config) {
      navigate("/signin", { replace: true });
      return;
    }
    completeCognitoSignIn(config, new URLSearchParams(window.location.search))
      .then(async ({ token, next }) => {
        await signIn(token);
        navigate(next.startsWith("/") && !next.startsWith("//") ? next : "/", { replace: true });
      })
      .catch(setError);
  }, [signIn]);

  return error ? <ErrorNotice error={error} /> : <Loading />;
};
