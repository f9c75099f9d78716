#!/usr/bin/env python3
"""The mixed-load soak of bench/README.md ("Soak"), for bench/soak.sh.

  soak.py BASE_URL INSTANCE_PIDS INSTANCE_GC_LOGS DATABASE SECONDS USERS OUT_FILE

Each of USERS simulated clinics (threads) goes round, until SECONDS have passed: a catalog search as htmx asks
for it (portal session), its orders in the API, an order of one unit of a random product, a payment started for
it (a sandbox Razorpay order) and the signed payment.captured webhook for it, a third of them delivered twice.
Meanwhile every 5 s it samples each instance's heap in use (jstat -gc) and the database's connections
(pg_stat_activity), and every minute each instance's live heap: what is left in use after a full collection it asks
for (jcmd GC.run), from the instance's GC log. At the end it checks in the database that every payment whose webhook was delivered was
captured exactly once, that the live heap did not grow after the warm-up, and writes the figures.
"""
import concurrent.futures
import hashlib
import hmac
import http.cookiejar
import json
import random
import re
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

SECRET = "dev-only-sandbox-webhook-secret"
SEARCHES = ["ashwa", "triphala churna", "guggulu", "brahmi", "dashamoola", "shatavari", "bhringraj", "kalmegh"]


class Client:
    def __init__(self, base):
        self.base = base
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies),
                                                  NoRedirect())
        self.token = None

    def request(self, method, path, body=None, headers=None, raw=None):
        data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
        all_headers = {"Content-Type": "application/json"} if data is not None and raw is None else {}
        all_headers.update(headers or {})
        request = urllib.request.Request(self.base + path, method=method, data=data, headers=all_headers)
        started = time.monotonic()
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.read(), time.monotonic() - started
        except urllib.error.HTTPError as error:
            return error.code, error.read(), time.monotonic() - started

    def sign_in(self, email, password):
        status, body, _ = self.request("POST", "/api/auth/login", {"email": email, "password": password})
        self.token = json.loads(body)["accessToken"]
        _, page, _ = self.request("GET", "/login")
        csrf = re.search(rb'name="_csrf" value="([^"]+)"', page).group(1).decode()
        form = urllib.parse.urlencode({"username": email, "password": password, "_csrf": csrf}).encode()
        status, _, _ = self.request("POST", "/login", raw=form,
                                    headers={"Content-Type": "application/x-www-form-urlencoded"})
        if status != 302:
            raise SystemExit("portal sign-in answered %d" % status)

    def api(self, method, path, body=None):
        return self.request(method, path, body, {"Authorization": "Bearer " + self.token})


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def psql(database, query):
    # The query goes on standard input: a 10-minute run's list of order ids is too long for an argument.
    return subprocess.run(["psql", "-h", "localhost", "-U", "postgres", "-d", database, "-At", "-v", "ON_ERROR_STOP=1"],
                          input=query, check=True, capture_output=True, text=True).stdout.strip()


def heap_mb(pid):
    out = subprocess.run(["jstat", "-gc", str(pid)], capture_output=True, text=True).stdout.split("\n")
    if len(out) < 2:
        return None
    names, values = out[0].split(), out[1].split()
    row = dict(zip(names, values))
    return round(sum(float(row[k]) for k in ("S0U", "S1U", "EU", "OU")) / 1024, 1)


def live_mb(pid, gc_log):
    """The heap in use just after a full collection it asks for, as the instance's GC log reports it: what the
    instance keeps, whatever G1's young generation does (a sample taken afterwards would count what the load allocated
    meanwhile)."""
    def full_collections():
        with open(gc_log) as log:
            return re.findall(r"Pause Full \((?:Diagnostic Command|System\.gc\(\))\) \d+M->(\d+)M", log.read())
    before = len(full_collections())
    subprocess.run(["jcmd", str(pid), "GC.run"], capture_output=True, check=False)
    after = full_collections()
    return float(after[-1]) if len(after) > before else None  # None: the collection asked for is not in the log


# The live heap is flat when its median over the last three minutes is within this share of its median over
# minutes 2 to 4 (the first minute fills the caches: templates, query plans, the connection pools).
LIVE_GROWTH_ALLOWED = 0.10


def main(base, pids, gc_logs, database, seconds, users, out):
    products = psql(database, "select id from products where active and stock_quantity > 1000 and min_order_quantity = 1"
                              " order by sku limit 200").split("\n")
    end = time.monotonic() + seconds
    lock = threading.Lock()
    statuses, latencies, delivered = {}, {}, []
    samples, live = [], []

    def note(kind, status, seconds_taken):
        with lock:
            statuses[(kind, status)] = statuses.get((kind, status), 0) + 1
            latencies.setdefault(kind, []).append(seconds_taken * 1000)

    def user(number):
        client = Client(base)
        client.sign_in("clinic@demo.ayurlahi.in", "Demo@12345")
        rounds = 0
        while time.monotonic() < end:
            rounds += 1
            query = urllib.parse.urlencode({"q": random.choice(SEARCHES)})
            note("search", *client.request("GET", "/clinic/catalog?" + query, headers={"HX-Request": "true"})[::2])
            note("orders", *client.api("GET", "/api/orders")[::2])
            status, body, took = client.api("POST", "/api/orders",
                                            {"items": [{"productId": random.choice(products), "quantity": 1}]})
            note("order", status, took)
            if status != 201:
                continue
            order = json.loads(body)
            status, body, took = client.api("POST", "/api/payments/initiate/" + order["id"])
            note("pay", status, took)
            if status not in (200, 201):
                continue
            payment = json.loads(body)
            event = json.dumps({
                "entity": "event", "account_id": "acc_Soak", "event": "payment.captured", "contains": ["payment"],
                "payload": {"payment": {"entity": {
                    "id": "pay_soak%03d%07d" % (number, rounds), "entity": "payment",
                    "amount": payment["amountPaise"], "currency": "INR", "status": "captured",
                    "order_id": payment["razorpayOrderId"], "method": "upi", "captured": True}}},
                "created_at": int(time.time())}, separators=(",", ":")).encode()
            signature = hmac.new(SECRET.encode(), event, hashlib.sha256).hexdigest()
            event_id = "evt_soak_%03d_%07d" % (number, rounds)
            for _ in range(2 if rounds % 3 == 0 else 1):
                status, _, took = client.request("POST", "/api/webhooks/razorpay/payment", raw=event, headers={
                    "Content-Type": "application/json", "X-Razorpay-Event-Id": event_id,
                    "X-Razorpay-Signature": signature})
                note("webhook", status, took)
            with lock:
                delivered.append(order["id"])

    def sampler():
        started = time.monotonic()
        next_live = started + 60
        while time.monotonic() < end:
            connections = int(psql(database, "select count(*) from pg_stat_activity where datname = '%s'" % database))
            samples.append((round(time.monotonic() - started), [heap_mb(pid) for pid in pids], connections))
            if time.monotonic() >= next_live:
                live.append((round(time.monotonic() - started), [live_mb(pid, log) for pid, log in zip(pids, gc_logs)]))
                next_live += 60
            time.sleep(5)

    watcher = threading.Thread(target=sampler, daemon=True)
    watcher.start()
    with concurrent.futures.ThreadPoolExecutor(max_workers=users) as pool:
        for future in [pool.submit(user, n) for n in range(users)]:
            future.result()
    watcher.join(timeout=10)

    # Webhooks are applied after their answer: wait until each delivered payment has been applied, then check.
    ids = ",".join("'%s'" % order_id for order_id in delivered)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        pending = int(psql(database, "select count(*) from payments where order_id in (%s) and status <> 'CAPTURED'"
                           % ids)) if delivered else 0
        if pending == 0:
            break
        time.sleep(1)
    captured_twice = int(psql(database, """select count(*) from (select entity_id from audit_entries
        where action = 'PAYMENT_CAPTURED' and entity_id in (select cast(id as varchar) from payments
        where order_id in (%s)) group by entity_id having count(*) > 1) as twice""" % ids)) if delivered else 0
    not_captured = int(psql(database, "select count(*) from payments where order_id in (%s) and status <> 'CAPTURED'"
                            % ids)) if delivered else 0

    errors = sum(count for (kind, status), count in statuses.items()
                 if status >= 500 or (status >= 400 and not (kind == "order" and status == 409)))
    lines = ["soak: %d s, %d users through nginx, 2 instances" % (seconds, users)]
    for kind in ("search", "orders", "order", "pay", "webhook"):
        values = sorted(latencies.get(kind, [0]))
        counts = ", ".join("%d=%d" % (status, count) for (k, status), count in sorted(statuses.items()) if k == kind)
        lines.append("  %-8s %6d requests (%s), p50 %.1f ms, p95 %.1f ms" % (
            kind, len(latencies.get(kind, [])), counts, statistics.median(values),
            values[int(len(values) * 0.95) - 1] if len(values) > 1 else values[0]))
    lines.append("  payments paid by webhook: %d, not captured: %d, captured twice: %d" % (
        len(delivered), not_captured, captured_twice))
    lines.append("  errors (5xx, unexpected 4xx): %d" % errors)
    if samples:
        minute = max(1, len(samples) // 10)
        first, last = samples[:minute], samples[-minute:]
        for index, pid in enumerate(pids):
            lines.append("  instance %d heap in use, first / last tenth (median): %.0f / %.0f MB" % (
                index + 1, statistics.median(s[1][index] or 0 for s in first),
                statistics.median(s[1][index] or 0 for s in last)))
        lines.append("  database connections, first / last tenth (median), max: %d / %d, %d" % (
            statistics.median(s[2] for s in first), statistics.median(s[2] for s in last),
            max(s[2] for s in samples)))
    grown = []
    if len(live) < 6:
        lines.append("  live heap: not checked (%d samples; it takes a run of at least 7 minutes)" % len(live))
    else:
        for index, pid in enumerate(pids):
            # A sample is missing when its collection is not in the GC log: it then counts as 0 and fails the check.
            early = statistics.median(s[1][index] or 0 for s in live[1:4])
            late = statistics.median(s[1][index] or 0 for s in live[-3:])
            lines.append("  instance %d live heap after a full collection, minutes 2-4 / last 3 (median): %.0f / %.0f MB"
                         " (%+.1f %%; every minute: %s)" % (
                             index + 1, early, late, (late - early) * 100 / max(early, 1),
                             " ".join("%.0f" % (s[1][index] or 0) for s in live)))
            if early == 0 or late > early * (1 + LIVE_GROWTH_ALLOWED):
                grown.append(index + 1)
    report = "\n".join(lines)
    print(report)
    with open(out, "w") as file:
        file.write(report + "\n")
        for second, heaps, connections in samples:
            file.write("sample %d s: heap %s MB, connections %d\n" % (second, heaps, connections))
        for second, heaps in live:
            file.write("live %d s: heap after a full collection %s MB\n" % (second, heaps))
    if errors or not_captured or captured_twice or grown:
        sys.exit("soak failed: %d errors, %d not captured, %d captured twice, live heap grown by more than %d %% on"
                 " instances %s" % (errors, not_captured, captured_twice, LIVE_GROWTH_ALLOWED * 100, grown or "none"))


if __name__ == "__main__":
    main(sys.argv[1], [int(p) for p in sys.argv[2].split(",")], sys.argv[3].split(","), sys.argv[4], int(sys.argv[5]),
         int(sys.argv[6]), sys.argv[7])
