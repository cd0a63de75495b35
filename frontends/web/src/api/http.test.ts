import { createExpense, replaceExpense } from "./endpoints";
import { configureHttp, jsonBody, request } from "./http";
import { ApiError } from "./problem";
import { fakeApi, expense } from "../test/fakeApi";

it("writes amounts into JSON exactly as typed, never through a float", () => {
  expect(jsonBody({ amount: "999999999999.999", currency: "BHD", merchant: "12.50" })).toBe(
    '{"amount":999999999999.999,"currency":"BHD","merchant":"12.50"}',
  );
});

it("sends the token, the idempotency key and If-Match", async () => {
  const api = fakeApi({
    "POST /expenses": { status: 201, json: expense(), headers: { ETag: '"1"' } },
    "PUT /expenses/e-1": { json: expense({ version: 2 }), headers: { ETag: '"2"' } },
  });
  const created = await createExpense({ amount: "12.50", currency: "EUR", date: "2026-11-20" }, "key-1");
  await replaceExpense("e-1", { amount: "13", currency: "EUR", date: "2026-11-20" }, created.etag);

  const [post, put] = api.calls;
  expect(post?.headers.get("Authorization")).toBe("Bearer test-token");
  expect(post?.headers.get("Idempotency-Key")).toBe("key-1");
  expect(post?.body).toBe('{"amount":12.50,"currency":"EUR","date":"2026-11-20"}');
  expect(put?.headers.get("If-Match")).toBe('"1"');
});

it("turns problem details into an error with the fields named", async () => {
  fakeApi({
    "POST /expenses": {
      status: 400,
      json: { title: "Invalid", status: 400, errors: { categoryId: ["There is no category with this id."] } },
    },
  });
  const error = await createExpense({ amount: "1", currency: "EUR", date: "2026-11-20" }, "k").catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ApiError);
  expect((error as ApiError).fieldErrors).toEqual({ categoryId: ["There is no category with this id."] });
  expect((error as ApiError).message).toBe("Some fields need fixing.");
});

it("says a stale edit plainly", async () => {
  fakeApi({ "PUT /expenses/e-1": { status: 412, json: { title: "Precondition Failed", status: 412 } } });
  await expect(replaceExpense("e-1", { amount: "1", currency: "EUR", date: "2026-11-20" }, '"1"')).rejects.toThrow(/changed this in the meantime/);
});

it("signs out on 401 and reports an unreachable server as offline", async () => {
  const unauthorized = vi.fn();
  fakeApi({ "GET /categories": { status: 401, json: { title: "Unauthorized", status: 401 } } });
  configureHttp({ token: async () => "expired", unauthorized });
  await expect(request("/categories")).rejects.toThrow(/sign in again/);
  expect(unauthorized).toHaveBeenCalledOnce();

  vi.stubGlobal("fetch", vi.fn().mockRejectedValue(new TypeError("Failed to fetch")));
  const offline = await request("/categories").catch((e: unknown) => e);
  expect((offline as ApiError).isOffline).toBe(true);
  expect((offline as ApiError).message).toMatch(/cannot be reached/);
});

it("treats 404 and 405 as a feature this server lacks", () => {
  expect(new ApiError(404).isMissingFeature).toBe(true);
  expect(new ApiError(405).isMissingFeature).toBe(true);
  expect(new ApiError(400).isMissingFeature).toBe(false);
});
