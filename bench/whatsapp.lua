-- POST /api/webhooks/whatsapp/incoming?token=… with the Gupshup callbacks whatsapp.py prepared (BENCH_CALLBACKS,
-- one JSON body a line; BENCH_WHATSAPP_TOKEN the callback URL's token): wrk thread i of n sends lines i, i + n,
-- i + 2n, … and stops once that many answers came back, so the run is the prepared mix (30 % redelivered; the few
-- requests still in flight then repeat early lines). Counts the answers that say "accepted" and "duplicate"
-- besides report.lua's summary.
dofile(os.getenv("BENCH_DIR") .. "/report.lua")

local lines = {}
for line in io.lines(os.getenv("BENCH_CALLBACKS")) do
  lines[#lines + 1] = line
end
local path = "/api/webhooks/whatsapp/incoming?token=" .. os.getenv("BENCH_WHATSAPP_TOKEN")
local thread_count = tonumber(os.getenv("BENCH_THREADS") or "2")
local callback_threads = {}
local created = 0
local report_setup, report_response, report_done = setup, response, done

setup = function(thread)
  report_setup(thread)
  thread:set("offset", created)
  created = created + 1
  table.insert(callback_threads, thread)
end

init = function(args)
  index = offset + 1
  share = math.floor((#lines - offset - 1) / thread_count) + 1
  answered = 0
  accepted = 0
  duplicate = 0
end

request = function()
  local body = lines[((index - 1) % #lines) + 1]
  index = index + thread_count
  return wrk.format("POST", path, {["Content-Type"] = "application/json"}, body)
end

response = function(status, headers, body)
  report_response(status, headers, body)
  if body:find('"accepted"', 1, true) then
    accepted = accepted + 1
  elseif body:find('"duplicate"', 1, true) then
    duplicate = duplicate + 1
  end
  answered = answered + 1
  if answered >= share then
    wrk.thread:stop()
  end
end

done = function(summary, latency, requests)
  report_done(summary, latency, requests)
  local a, d = 0, 0
  for _, thread in ipairs(callback_threads) do
    a = a + thread:get("accepted")
    d = d + thread:get("duplicate")
  end
  io.write(string.format("WHATSAPP accepted=%d duplicate=%d deliveries_prepared=%d\n", a, d, #lines))
end
