-- Counts responses by status in every wrk thread and prints one summary line (milliseconds). With BENCH_THINK_MS
-- set, every connection waits about that long before each request, like a user between searches; wrk's latencies
-- leave the wait out. The wait is drawn between half and one and a half times BENCH_THINK_MS (the same mean): with
-- the same wait for everyone, the connections, all started at once, stay in step and send their searches in bursts
-- of 50, which users typing on their own don't, and the p95 measured the bursts.
local threads = {}
local think = tonumber(os.getenv("BENCH_THINK_MS") or "")
if think then
  local seeded = false
  delay = function()
    if not seeded then
      math.randomseed(os.time() + (thread_index or 0) * 7919)
      seeded = true
    end
    return math.floor(think * (0.5 + math.random()))
  end
end

setup = function(thread)
  thread:set("statuses", {})
  thread:set("thread_index", #threads)
  table.insert(threads, thread)
end

response = function(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

done = function(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      counts[status] = (counts[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(counts) do
    table.insert(parts, status .. "=" .. count)
  end
  table.sort(parts)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d statuses=%s\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    table.concat(parts, ",")))
end
