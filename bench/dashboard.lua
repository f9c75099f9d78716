-- The team's dashboard (GET /admin) as a signed-in admin's browser asks for it: the whole page, under one of the
-- admin's portal sessions (BENCH_SESSIONS: a session id a line, one per connection) in turn, each wrk thread in its
-- own half of the list, so that no session has more than about one request at a time.
local sessions = {}
for id in io.lines(os.getenv("BENCH_SESSIONS")) do
  table.insert(sessions, "JSESSIONID=" .. id)
end
local i = 0

request = function()
  i = i + 1
  local half = math.max(1, math.floor(#sessions / 2))
  local session = sessions[((thread_index or 0) * half) % #sessions + (i % half) + 1]
  return wrk.format("GET", "/admin", { ["Cookie"] = session })
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
