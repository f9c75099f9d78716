-- POST /api/orders, one unit each, as the demo clinic: of a random product from BENCH_PRODUCTS (a file with one
-- product id per line), or always of BENCH_PRODUCT for the contention run.
local ids = {}
local single = os.getenv("BENCH_PRODUCT")
if single == nil or single == "" then
  for line in io.lines(os.getenv("BENCH_PRODUCTS")) do
    ids[#ids + 1] = line
  end
end
local token = os.getenv("BENCH_TOKEN")

request = function()
  local id = single
  if id == nil or id == "" then
    id = ids[math.random(#ids)]
  end
  return wrk.format("POST", "/api/orders", {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json"
  }, '{"items": [{"productId": "' .. id .. '", "quantity": 1}]}')
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
