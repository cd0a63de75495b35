-- The mixed scenario of k6/load.js: list, filter, monthly report, create, update, each user thinking between calls.
local sent = 0

function delay()
  return math.random(think_min_ms, think_max_ms)
end

function request()
  sent = sent + 1
  local user = pick(users)
  local roll = math.random(100)
  if roll <= 30 then
    return wrk.format("GET", "/api/v1/expenses", auth(user))
  elseif roll <= 50 then
    local month = pick(recent_months)
    local path = string.format("/api/v1/expenses?from=%s&to=%s&categoryId=%s&sort=-amount", month.first, month.last, pick(user.categories))
    return wrk.format("GET", path, auth(user))
  elseif roll <= 75 then
    return wrk.format("GET", "/api/v1/reports/monthly?month=" .. pick(recent_months).month, auth(user))
  elseif roll <= 90 then
    return wrk.format("POST", "/api/v1/expenses", auth(user, { ["Content-Type"] = "application/json" }), expense_body(user, sent))
  else
    return wrk.format("PUT", "/api/v1/expenses/" .. pick(user.expenses), auth(user, { ["Content-Type"] = "application/json" }), expense_body(user, sent))
  end
end
