-- The baseline: the sign-in page, rendered by the same app through the same filters, without the database.
request = function()
  return wrk.format("GET", "/login")
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
