import { nextSort, queryFromSearch, searchFromQuery } from "./expenseQuery";

it("reads filters from the address and writes them back without defaults", () => {
  const query = queryFromSearch(new URLSearchParams("q=coffee&sort=amount&page=3&pageSize=100&categoryId=c1&junk=1"));
  expect(query).toEqual({ q: "coffee", sort: "amount", page: 3, pageSize: 100, categoryId: "c1" });
  expect(searchFromQuery(query)).toBe("?q=coffee&categoryId=c1&sort=amount&page=3&pageSize=100");
  expect(searchFromQuery(queryFromSearch(new URLSearchParams("")))).toBe("");
});

it("refuses values the API would refuse", () => {
  expect(queryFromSearch(new URLSearchParams("sort=name&page=-1&pageSize=5000"))).toEqual({ sort: "-date", page: 1, pageSize: 50 });
});

it("sorts newest and largest first, then flips", () => {
  expect(nextSort("-date", "amount")).toBe("-amount");
  expect(nextSort("-amount", "amount")).toBe("amount");
  expect(nextSort("amount", "amount")).toBe("-amount");
});
