// The three states every data view goes through besides showing data.
import type { ComponentChildren } from "preact";
import type { Loaded } from "../use-api.js";

export function Loading({ label = "جارٍ التحميل…" }: { label?: string }) {
  return (
    <p class="state state-loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {label}
    </p>
  );
}

export function ErrorBox({ message, code }: { message: string; code?: number }) {
  return (
    <div class="state state-error" role="alert">
      <strong>{code === 404 ? "غير موجود" : "حدث خطأ"}</strong>
      <p dir="auto">{message}</p>
    </div>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="state state-empty">{children}</p>;
}

/** Renders loading and error states, and `children(data)` once loaded. */
export function Show<T>({ state, children }: { state: Loaded<T>; children: (data: T) => ComponentChildren }) {
  if (state.status === "loading") return <Loading />;
  if (state.status === "error") return <ErrorBox message={state.message} code={state.code} />;
  return <>{children(state.data)}</>;
}
