import { useCallback, useEffect, useRef, useState, type DependencyList } from "react";

export interface Resource<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Load again (after an action changed the data); keeps showing the old data meanwhile. */
  reload: () => Promise<void>;
}

/**
 * Loads data for a screen. A response that arrives after the inputs changed is dropped, so a slow
 * earlier filter can never overwrite the answer to a later one.
 */
export const useResource = <T>(load: () => Promise<T>, deps: DependencyList): Resource<T> => {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<unknown>();
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  // The caller names the inputs, as with useEffect; the loader closure changes only when they do.
  const loader = useCallback(load, deps);

  const run = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const value = await loader();
      if (mine === generation.current) {
        setData(value);
        setError(undefined);
      }
    } catch (caught) {
      if (mine === generation.current) setError(caught);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [loader]);

  useEffect(() => {
    void run();
  }, [run]);

  return { data, error, loading, reload: run };
};
