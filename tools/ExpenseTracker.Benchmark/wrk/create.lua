-- POST /expenses as fast as the connections allow: writes per second, each with its outbox message.
local sent = 0

function request()
  sent = sent + 1
  local user = pick(users)
  return wrk.format("POST", "/api/v1/expenses", auth(user, { ["Content-Type"] = "application/json" }), expense_body(user, sent))
end
