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
local i = 0

request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { ["HX-Request"] = "true", ["Cookie"] = os.getenv("BENCH_COOKIE") })
end

dofile(os.getenv("BENCH_DIR") .. "/report.lua")
