-- The clinic catalog's search fragment, as htmx asks for it while a clinic types: a mix of one- and two-word
-- searches, a manufacturer filter, the in-stock filter, another order and a later page.
local paths = {
  "/clinic/catalog?q=ashwa",
  "/clinic/catalog?q=triphala+churna",
  "/clinic/catalog?q=guggulu",
  "/clinic/catalog?q=brahmi+vati&sort=PRICE_LOW",
  "/clinic/catalog?q=dashamoola&inStock=true",
  "/clinic/catalog?q=shatavari+tailam",
  "/clinic/catalog?q=bhringraj&page=3",
  "/clinic/catalog?q=no.+4711",
  "/clinic/catalog?q=kalmegh&form=CAPSULE",
  "/clinic/catalog?q=sahyadri+jatamansi",
}
-- One of the clinic's portal sessions (BENCH_SESSIONS: a session id a line, one per connection) in turn for each
-- request, each of the two wrk threads in its own half of the list (with the threads merely half the list apart, their
-- counts drifted and both sent requests under one session at once: the session row's update then waited for the other).
local sessions = {}
for id in io.lines(os.getenv("BENCH_SESSIONS")) do
  table.insert(sessions, "JSESSIONID=" .. id)
end
local i = 0

request = function()
  i = i + 1
  local half = math.max(1, math.floor(#sessions / 2))
  local session = sessions[((thread_index or 0) * half) % #sessions + (i % half) + 1]
  return wrk.format("GET", paths[(i % #paths) + 1], { ["HX-Request"] = "true", ["Cookie"] = session })
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
