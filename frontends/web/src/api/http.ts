import { ApiError, type ProblemDetails } from "./problem";

export const API_PREFIX = "/api/v1";

type TokenProvider = () => Promise<string | null>;

let tokenProvider: TokenProvider = async () => null;
let onUnauthorized: () => void = () => {};

/** Fired on window after every read: `detail` is true when the service worker answered from its offline cache. */
export const OFFLINE_DATA_EVENT = "expensetracker:offline-data";

/** Wires the client to the signed-in session: where tokens come from, and what a 401 means. */
export function configureHttp(options: {
  token: TokenProvider;
  unauthorized: () => void;
}): void {
  tokenProvider = options.token;
  onUnauthorized = options.unauthorized;
}

/** The bearer token API calls carry now (for connections that are not fetch calls, such as SignalR). */
export const currentToken = (): Promise<string | null> => tokenProvider();

export interface ApiResponse<T> {
  data: T;
  etag: string | null;
  headers: Headers;
}

export interface RequestOptions {
  method?: string;
  /** A JSON body (objects are serialised; see `jsonBody` for exact amounts), a FormData, or text. */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Answer the raw Response (downloads); errors still throw. */
  raw?: boolean;
  anonymous?: boolean;
}

/**
 * JSON with decimal amounts written as numbers exactly as the user typed them: `{"amount":"12.50"}` becomes
 * `{"amount":12.50}`, never passing through a binary float.
 */
export function jsonBody(value: unknown): string {
  return JSON.stringify(value, (key, field) =>
    (key === "amount" || key === "minAmount" || key === "maxAmount") && typeof field === "string" && /^\d+(\.\d+)?$/.test(field)
      ? `\u0000${field}\u0000`
      : field,
  ).replace(/"\\u0000(\d+(?:\.\d+)?)\\u0000"/g, "$1");
}

export function queryString(params: object): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers = new Headers(options.headers);
  headers.set("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.8");
  if (!options.anonymous) {
    const token = await tokenProvider();
    if (token) headers.set("Authorization", `Bearer ${token}`);
  }

  let body: BodyInit | undefined;
  if (options.body instanceof FormData || options.body instanceof Blob) {
    body = options.body;
  } else if (typeof options.body === "string") {
    body = options.body;
    headers.set("Content-Type", options.contentType ?? "text/plain");
  } else if (options.body !== undefined) {
    body = jsonBody(options.body);
    headers.set("Content-Type", "application/json");
  }

  let response: Response;
  try {
    response = await fetch(`${API_PREFIX}${path}`, { method: options.method ?? "GET", headers, body, signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0);
  }

  if (!options.method || options.method === "GET") {
    window.dispatchEvent(new CustomEvent(OFFLINE_DATA_EVENT, { detail: response.headers.get("X-From-Offline-Cache") === "true" }));
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && !options.anonymous) onUnauthorized();
    throw new ApiError(response.status, problem);
  }

  const etag = response.headers.get("ETag");
  if (options.raw) return { data: response as unknown as T, etag, headers: response.headers };
  const text = response.status === 204 ? "" : await response.text();
  return { data: (text ? JSON.parse(text) : undefined) as T, etag, headers: response.headers };
}

async function readProblem(response: Response): Promise<ProblemDetails | undefined> {
  try {
    const text = await response.text();
    if (!text) return undefined;
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null ? (parsed as ProblemDetails) : undefined;
  } catch {
    return undefined;
  }
}

export const get = <T>(path: string, signal?: AbortSignal) => request<T>(path, { signal }).then((r) => r.data);
