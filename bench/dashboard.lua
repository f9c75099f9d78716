-- The team's dashboard (GET /admin) as a signed-in admin's browser asks for it: the whole page, under one of the
-- admin's portal sessions (BENCH_SESSIONS: a session id a line, one per connection) in turn, the wrk threads half
-- the list apart, so that no session has more than about one request at a time.
local sessions = {}
for id in io.lines(os.getenv("BENCH_SESSIONS")) do
  table.insert(sessions, "JSESSIONID=" .. id)
end
local i = 0

request = function()
  i = i + 1
  local session = sessions[((i + (thread_index or 0) * math.floor(#sessions / 2)) % #sessions) + 1]
  return wrk.format("GET", "/admin", { ["Cookie"] = session })
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
