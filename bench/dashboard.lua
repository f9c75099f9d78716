-- The team's dashboard (GET /admin) as a signed-in admin's browser asks for it: the whole page.
request = function()
  return wrk.format("GET", "/admin", { ["Cookie"] = os.getenv("BENCH_COOKIE") })
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
