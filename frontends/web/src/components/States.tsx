import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ApiError } from "../api/problem";

export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <div className="state loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label}
    </div>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

/** A feature this server does not offer (yet): said plainly instead of failing. `feature` reads in a sentence: "receipts". */
export function NotAvailable({ feature }: { feature: string }) {
  return (
    <div className="state not-available" role="note" data-testid="not-available">
      <p className="state-title">Not available on this server</p>
      <p>The server you are connected to does not offer {feature} yet. Everything else keeps working.</p>
    </div>
  );
}

export const messageOf = (error: unknown): string =>
  error instanceof ApiError ? error.message : error instanceof Error ? error.message : "Something went wrong.";

export function ErrorMessage({ error, retry }: { error: unknown; retry?: () => void }) {
  return (
    <div className="state error" role="alert">
      <p>{messageOf(error)}</p>
      {retry && (
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** Loading, failure, "not on this server", or the content: the four faces of every screen that loads data. */
export function Loaded<T>({
  query,
  feature,
  children,
}: {
  query: Pick<UseQueryResult<T>, "data" | "error" | "refetch">;
  feature?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.error) {
    if (feature && query.error instanceof ApiError && query.error.isMissingFeature) return <NotAvailable feature={feature} />;
    return <ErrorMessage error={query.error} retry={() => void query.refetch()} />;
  }
  if (query.data === undefined) return <Loading />;
  return <>{children(query.data)}</>;
}
