-- Shared by the scenarios: loads the data file the benchmark wrote (users, tokens, categories, expense ids) and
-- gives each wrk thread its own random sequence.
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_number", thread_count)
end

function init(args)
  dofile(args[1])
  math.randomseed(1000 + (thread_number or 0))
end

function pick(list)
  return list[math.random(#list)]
end

function auth(user, extra)
  local headers = { ["Authorization"] = "Bearer " .. user.token }
  if extra then
    for name, value in pairs(extra) do headers[name] = value end
  end
  return headers
end

function expense_body(user, n)
  return string.format(
    '{"amount":%d.%02d,"currency":"EUR","date":"%s","categoryId":"%s","merchant":"Load test %d","note":"written by the benchmark","tags":["bench"]}',
    math.random(1, 200), math.random(0, 99), pick(recent_dates), pick(user.categories), n)
end
