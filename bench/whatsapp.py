#!/usr/bin/env python3
"""The WhatsApp benchmark's helpers, for bench/run.sh (issue 15).

  whatsapp.py callbacks OUT SUMMARY COUNT PREFIX UNKNOWN_BASE CLINIC_PHONE SEED
      writes the Gupshup v2 message callbacks wrk sends (one JSON body a line): COUNT distinct messages, 90 % of
      them from unknown numbers (about 2.5 messages per number: greetings, questions, an ORDER command, now and then
      a photo) and 10 % from the demo clinic's verified number saying "hi" or "menu"; then 30 % of them delivered a
      second time with the same WhatsApp id, as Gupshup redelivers, all shuffled. WhatsApp ids are
      "wamid.bench-PREFIX-<n>"; unknown numbers are UNKNOWN_BASE + k. SUMMARY gets the counts the database
      checks expect (JSON).

  whatsapp.py fake PORT LOG
      a local stand-in for Gupshup's API: answers every POST to .../msg and .../template/msg with
      {"status":"submitted","messageId":"<uuid>"} (202), after checking the apikey header and the form fields,
      and appends one line per request to LOG in arrival order: time, path, destination, the messageId it gave
      and the message's text (or its msgid, or the template), JSON-quoted.

  whatsapp.py check-sends LOG ROWS
      every request the fake took must be one outbox row's provider id and every row sent must have been taken
      once (ROWS: phone, seq, status, provider_id, text per line, tab-separated, as psql's COPY writes them).

  whatsapp.py check-drain LOG ROWS PHONE_PREFIX CONFIGURED_RATE
      for the outbox rows of numbers starting with PHONE_PREFIX: none lost, none sent twice (the fake's count of
      each text is 1), each number's messages in the order of their seq, and the rate by the fake's clock.
"""
import collections
import http.server
import json
import random
import sys
import threading
import time
import urllib.parse
import uuid

UNKNOWN_TEXTS = [
    "hi", "Hi", "Hello", "hello sir", "Namaste", "Good morning", "Is this Ayurlahi?", "price of triphala churna",
    "I want to order ashwagandha churna 10 packs", "Do you deliver to Kozhikode?", "menu", "help",
    "ORDER SAP-TRI-100 x 5", "How do I register my clinic?", "Dhanwantaram thailam 450 ml available?",
    "Please call me back", "what is the minimum order", "Send catalogue", "ok", "Thank you",
]
UNKNOWN_CAPTIONS = ["", "prescription", "need these medicines", "is this available?"]
NAMES = ["Ravi Kumar", "Dr. Anitha Menon", "Suresh", "Priya Nair", "Vaidya Ramesh", "Fathima", "Dr. Joseph K.",
         "Lakshmi", "Arjun Das", "Meera Pillai", "Abdul Rasheed", "Deepa", "Dr. S. Iyer", "Manoj"]
CLINIC_TEXTS = ["hi", "Hi", "HI", "hi ", "menu", "Menu", "MENU"]


def callbacks(out, summary, count, prefix, unknown_base, clinic_phone, seed):
    rng = random.Random(seed)
    clinic_messages = count // 10
    unknown_messages = count - clinic_messages
    pool = max(1, round(unknown_messages / 2.5))
    now_ms = int(time.time() * 1000)
    kinds = ["clinic"] * clinic_messages + ["unknown"] * unknown_messages
    rng.shuffle(kinds)
    bodies, unknown_numbers = [], set()
    for number, kind in enumerate(kinds):
        if kind == "clinic":
            phone, name = clinic_phone, "Dr. Lakshmi Varma"
            message = {"type": "text", "payload": {"text": rng.choice(CLINIC_TEXTS)}}
        else:
            phone = str(unknown_base + rng.randrange(pool))
            name = NAMES[int(phone) % len(NAMES)]
            unknown_numbers.add(phone)
            if rng.random() < 0.05:
                message = {"type": "image", "payload": {
                    "url": "https://filemanager.gupshup.io/wa/bench/%s/%d.jpg" % (prefix, number),
                    "contentType": "image/jpeg", "urlExpiry": now_ms + 86400000,
                    "caption": rng.choice(UNKNOWN_CAPTIONS)}}
            else:
                message = {"type": "text", "payload": {"text": rng.choice(UNKNOWN_TEXTS)}}
        body = {"app": "AyurlahiBench", "timestamp": now_ms - rng.randrange(5000, 9000), "version": 2,
                "type": "message",
                "payload": {"id": "wamid.bench-%s-%07d" % (prefix, number), "source": phone,
                            "type": message["type"], "payload": message["payload"],
                            "sender": {"phone": phone, "name": name, "country_code": "91",
                                       "dial_code": phone[2:]}}}
        bodies.append(json.dumps(body, separators=(",", ":"), ensure_ascii=False))
    repeats = rng.sample(bodies, int(len(bodies) * 0.3))
    deliveries = bodies + repeats
    rng.shuffle(deliveries)
    with open(out, "w", encoding="utf-8") as lines:
        for body in deliveries:
            lines.write(body + "\n")
    counts = {"distinct": len(bodies), "repeats": len(repeats), "deliveries": len(deliveries),
              "clinic_messages": clinic_messages, "unknown_messages": unknown_messages,
              "unknown_numbers": len(unknown_numbers)}
    with open(summary, "w") as file:
        json.dump(counts, file)
    print("prepared %(distinct)d messages (%(clinic_messages)d from the demo clinic, %(unknown_messages)d from "
          "%(unknown_numbers)d unknown numbers) as %(deliveries)d deliveries (%(repeats)d redelivered)" % counts)


def fake(port, log_path):
    log = open(log_path, "a", encoding="utf-8")
    lock = threading.Lock()

    class Gupshup(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # headers and body are two writes: without TCP_NODELAY the body waits for the client's delayed ACK (40 ms)
        disable_nagle_algorithm = True

        def log_message(self, *args):
            pass

        def body(self):
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                data = b""
                while True:
                    size = int(self.rfile.readline().strip().split(b";")[0], 16)
                    if size == 0:
                        self.rfile.readline()
                        return data
                    data += self.rfile.read(size)
                    self.rfile.readline()
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def answer(self, status, content):
            data = json.dumps(content).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self):
            self.answer(200, {"status": "ok"})

        def do_POST(self):
            form = urllib.parse.parse_qs(self.body().decode("utf-8"))
            field = lambda name: form.get(name, [""])[0]
            if self.headers.get("apikey") != "bench":
                return self.answer(401, {"status": "error", "message": "Authentication Failed"})
            if self.path.endswith("/template/msg"):
                what = field("template")
            elif self.path.endswith("/msg"):
                message = json.loads(field("message") or "{}")
                what = message.get("text") or message.get("msgid") or json.dumps(message)
            else:
                return self.answer(404, {"status": "error", "message": "Not found"})
            if field("channel") != "whatsapp" or not field("destination").isdigit():
                return self.answer(400, {"status": "error", "message": "Invalid Destination"})
            message_id = str(uuid.uuid4())
            with lock:
                log.write("%.6f\t%s\t%s\t%s\t%s\n" % (time.time(), self.path, field("destination"), message_id,
                                                     json.dumps(what, ensure_ascii=False)))
                log.flush()
            self.answer(202, {"status": "submitted", "messageId": message_id})

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Gupshup)
    server.daemon_threads = True
    server.serve_forever()


def requests(log_path):
    with open(log_path, encoding="utf-8") as lines:
        for line in lines:
            at, path, destination, message_id, what = line.rstrip("\n").split("\t")
            yield float(at), destination, message_id, json.loads(what)


def rows(rows_path):
    with open(rows_path, encoding="utf-8") as lines:
        for line in lines:
            phone, seq, status, provider_id, text = line.rstrip("\n").split("\t")
            yield phone, int(seq), status, None if provider_id == "\\N" else provider_id, text


def check_sends(log_path, rows_path):
    taken = collections.Counter(message_id for _, _, message_id, _ in requests(log_path))
    sent = {provider_id for _, _, _, provider_id, _ in rows(rows_path) if provider_id}
    strays = sum(count for message_id, count in taken.items() if message_id not in sent)
    missing = len(sent - taken.keys())
    print("sends: the fake Gupshup took %d requests; %d outbox rows carry its message ids; requests no row "
          "records (sent twice or lost track of): %d; rows whose id the fake never gave: %d"
          % (sum(taken.values()), len(sent), strays, missing))
    return strays == 0 and missing == 0 and sum(taken.values()) == len(sent)


def check_drain(log_path, rows_path, prefix, configured_rate):
    expected = {}
    by_phone = collections.defaultdict(list)
    not_enqueued = 0
    for phone, seq, status, _, text in rows(rows_path):
        if phone.startswith(prefix):
            expected[text] = phone
            by_phone[phone].append((seq, text))
            not_enqueued += status != "ENQUEUED"
    arrivals = [(at, destination, what) for at, destination, _, what in requests(log_path)
                if destination.startswith(prefix)]
    counts = collections.Counter(what for _, _, what in arrivals)
    lost = sum(1 for text in expected if counts[text] == 0)
    doubled = sum(1 for text in expected if counts[text] > 1)
    strangers = sum(1 for what in counts if what not in expected)
    arrived = collections.defaultdict(list)
    for _, destination, what in arrivals:
        arrived[destination].append(what)
    out_of_order = sum(1 for phone, messages in by_phone.items()
                       if [text for _, text in sorted(messages)] != arrived[phone])
    first, last = arrivals[0][0], arrivals[-1][0]
    rate = (len(arrivals) - 1) / (last - first) if last > first else float("nan")
    print("drain: %d rows for %d numbers; the fake took %d requests in %.2f s = %.1f messages/s (configured %d); "
          "lost %d, sent twice %d, unexpected %d, not ENQUEUED %d; numbers whose messages arrived out of seq order: %d"
          % (len(expected), len(by_phone), len(arrivals), last - first, rate, configured_rate, lost, doubled,
             strangers, not_enqueued, out_of_order))
    return lost == 0 and doubled == 0 and strangers == 0 and not_enqueued == 0 and out_of_order == 0 \
        and len(arrivals) == len(expected)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "callbacks":
        callbacks(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], int(sys.argv[6]), sys.argv[7],
                  int(sys.argv[8]))
    elif command == "fake":
        fake(int(sys.argv[2]), sys.argv[3])
    elif command == "check-sends":
        sys.exit(0 if check_sends(sys.argv[2], sys.argv[3]) else 1)
    elif command == "check-drain":
        sys.exit(0 if check_drain(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])) else 1)
    else:
        sys.exit(__doc__)
