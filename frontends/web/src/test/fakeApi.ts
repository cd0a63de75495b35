import { vi } from "vitest";
import { configureHttp } from "../api/http";

export interface Call {
  method: string;
  path: string;
  search: URLSearchParams;
  headers: Headers;
  body: string | FormData | undefined;
}

type Reply = { status?: number; json?: unknown; text?: string; headers?: Record<string, string> };
type Answer = Reply | ((call: Call) => Reply);

/**
 * A stand-in for the API: answers fetch calls from a table of "METHOD /path" routes (paths after /api/v1, without
 * the query), records every call, and answers 404 problem details for anything else, like a server without it.
 */
export function fakeApi(routes: Record<string, Answer>) {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), "http://localhost");
    const call: Call = {
      method: init?.method ?? "GET",
      path: url.pathname.replace(/^\/api\/v1/, ""),
      search: url.searchParams,
      headers: new Headers(init?.headers),
      body: init?.body as string | FormData | undefined,
    };
    calls.push(call);
    const route = routes[`${call.method} ${call.path}`];
    const answer = typeof route === "function" ? route(call) : route;
    if (!answer) {
      return new Response(JSON.stringify({ title: "Not Found", status: 404 }), { status: 404, headers: { "Content-Type": "application/problem+json" } });
    }
    const status = answer.status ?? 200;
    const body = status === 204 ? null : answer.text ?? JSON.stringify(answer.json ?? null);
    return new Response(body, { status, headers: { "Content-Type": "application/json", ...answer.headers } });
  });
  vi.stubGlobal("fetch", fetchMock);
  configureHttp({ token: async () => "test-token", unauthorized: () => {} });
  return { calls, fetchMock, callsTo: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path) };
}

export const defaultRoutes = {
  "GET /me/settings": { json: { defaultCurrency: "EUR", locale: "en-US" } },
  "GET /categories": {
    json: [
      { id: "c-food", name: "Food", color: "#22C55E" },
      { id: "c-travel", name: "Travel", color: "#3B82F6" },
    ],
  },
};

export const expense = (overrides: Record<string, unknown> = {}) => ({
  id: "e-1",
  amount: 12.5,
  currency: "EUR",
  date: "2026-11-20",
  categoryId: "c-food",
  merchant: "Bakery",
  note: null,
  tags: [],
  paymentMethod: null,
  version: 1,
  createdAt: "2026-11-20T10:00:00Z",
  updatedAt: "2026-11-20T10:00:00Z",
  ...overrides,
});
