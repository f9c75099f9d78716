#!/usr/bin/env python3
"""The webhook benchmark's setup and its check, for bench/run.sh.

  webhooks.py prepare BASE_URL TOKEN WEBHOOK_SECRET COUNT OUT_FILE PRODUCT_ID [NAME]
      places COUNT one-unit orders as the demo clinic, starts a payment for each (a sandbox Razorpay order),
      and writes the deliveries wrk sends: for every payment a signed payment.captured event, plus 30 % of
      them delivered a second time with the same event id, shuffled (one line per delivery:
      event id, signature and body, tab-separated). Event and payment ids carry NAME (default "bench":
      evt_bench_000000001, pay_bench000000001), so that a warm-up's deliveries are told from the measured ones.
"""
import concurrent.futures
import hashlib
import hmac
import json
import random
import sys
import urllib.request


def call(base, token, path, body=None):
    request = urllib.request.Request(base + path, method="POST",
                                     data=None if body is None else json.dumps(body).encode(),
                                     headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def prepare(base, token, secret, count, out, product_id, name):
    def one(_):
        order = call(base, token, "/api/orders", {"items": [{"productId": product_id, "quantity": 1}]})
        payment = call(base, token, "/api/payments/initiate/" + order["id"])
        return payment["razorpayOrderId"], payment["amountPaise"]

    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        payments = list(pool.map(one, range(count)))
    deliveries = []
    for number, (razorpay_order_id, amount) in enumerate(payments):
        body = json.dumps({
            "entity": "event", "account_id": "acc_Bench", "event": "payment.captured", "contains": ["payment"],
            "payload": {"payment": {"entity": {
                "id": "pay_%s%09d" % (name, number), "entity": "payment", "amount": amount, "currency": "INR",
                "status": "captured", "order_id": razorpay_order_id, "method": "upi", "captured": True}}},
            "created_at": 1764050000 + number}, separators=(",", ":"))
        signature = hmac.new(secret.encode(), body.encode(), hashlib.sha256).hexdigest()
        deliveries.append(("evt_%s_%09d" % (name, number), signature, body))
    duplicates = random.Random(42).sample(deliveries, int(len(deliveries) * 0.3))
    sequence = deliveries + duplicates
    random.Random(7).shuffle(sequence)
    with open(out, "w") as lines:
        for event_id, signature, body in sequence:
            lines.write("%s\t%s\t%s\n" % (event_id, signature, body))
    print("prepared %d payments, %d deliveries (%d duplicates)" % (count, len(sequence), len(duplicates)))


if __name__ == "__main__":
    if sys.argv[1] == "prepare":
        prepare(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6], sys.argv[7],
                sys.argv[8] if len(sys.argv) > 8 else "bench")
    else:
        sys.exit("usage: webhooks.py prepare BASE TOKEN SECRET COUNT OUT PRODUCT_ID [NAME]")
