/** An RFC 9457 problem details body, as the API writes it. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
  traceId?: string;
}

/** A failed call to the API, with words a person can act on. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails | undefined;

  constructor(status: number, problem?: ProblemDetails, message?: string) {
    super(message ?? plainWords(status, problem));
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }

  /** Field errors keyed by the JSON field name (`amount`, `tags`, …). */
  get fieldErrors(): Record<string, string[]> {
    return this.problem?.errors ?? {};
  }

  get isNotFound(): boolean {
    return this.status === 404;
  }

  /**
   * The server has no such endpoint: for a whole feature (import, receipts, recurring…), "not available here".
   * 405 counts too: a server without `POST /expenses/import` still routes `/expenses/{id}` for other methods.
   */
  get isMissingFeature(): boolean {
    return this.status === 404 || this.status === 405;
  }

  get isOffline(): boolean {
    return this.status === 0;
  }
}

/** The field errors of a failed call, one message per field; null when it named no field. */
export function fieldMessages(error: unknown): Record<string, string> | null {
  if (!(error instanceof ApiError) || Object.keys(error.fieldErrors).length === 0) return null;
  return Object.fromEntries(Object.entries(error.fieldErrors).map(([field, messages]) => [field, messages.join(" ")]));
}

/** What went wrong, said plainly; the server's own detail when it gave one. */
export function plainWords(status: number, problem?: ProblemDetails): string {
  if (status === 0) return "The server cannot be reached. Check your connection and try again.";
  if (status === 400 && problem?.errors && Object.keys(problem.errors).length > 0) return "Some fields need fixing.";
  const detail = problem?.detail ?? problem?.title;
  switch (status) {
    case 401:
      return "Your session has ended. Please sign in again.";
    case 403:
      return "You are not allowed to do that.";
    case 404:
      return detail && !/not found/i.test(detail) ? detail : "It is not there any more: it may have been deleted.";
    case 409:
      return detail ?? "That clashes with something that already exists.";
    case 412:
      return "Someone changed this in the meantime. Reload it to see the latest version, then make your change again.";
    case 413:
      return "That file is too large.";
    case 415:
      return "That kind of file is not accepted.";
    case 422:
      return detail ?? "That request was already made with different content.";
    case 429:
      return "Too many requests at once. Wait a moment and try again.";
    case 503:
      return "The server is busy or a part of it is down. Nothing was lost; try again in a moment.";
    default:
      if (status >= 500) return "Something went wrong on the server. Try again; if it keeps failing, tell us.";
      return detail ?? "The request could not be completed.";
  }
}
