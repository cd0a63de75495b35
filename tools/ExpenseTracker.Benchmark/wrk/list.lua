-- GET /expenses, first page, filters on (a year and a category), for the user with the largest history.
function request()
  local user = users[1]
  local year = math.random(first_year, last_year)
  local path = string.format("/api/v1/expenses?from=%d-01-01&to=%d-12-31&categoryId=%s", year, year, pick(user.categories))
  return wrk.format("GET", path, auth(user))
end
