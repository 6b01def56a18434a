// Loads one API resource for a view and tracks its loading / error / data
// state; a newer request cancels the older one so fast typing never shows
// stale results.
import { useEffect, useState } from "preact/hooks";
import { getJson, type Params } from "./api.js";

export type Loaded<T> =
  | { status: "loading" }
  | { status: "error"; message: string; code: number }
  | { status: "ok"; data: T };

export function useApi<T>(path: string | null, params: Params = {}): Loaded<T> {
  const key = path === null ? "" : `${path}?${JSON.stringify(params)}`;
  const [state, setState] = useState<Loaded<T>>({ status: "loading" });
  useEffect(() => {
    if (path === null) return;
    const ctl = new AbortController();
    setState({ status: "loading" });
    getJson<T>(path, params, ctl.signal).then(
      (data) => setState({ status: "ok", data }),
      (err: Error & { status?: number }) => {
        if (err.name !== "AbortError") setState({ status: "error", message: err.message, code: err.status ?? 0 });
      },
    );
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
