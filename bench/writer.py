#!/usr/bin/env python3
"""Write load for faults.sh: WRITERS threads each send createPost (headline RUN-n) with person 1's token, one
after another, until SECONDS after START (epoch seconds); every answer is one line of OUT: the time it was
sent (seconds after START), status, whether it was an
acknowledged write (200, no errors, a post id), the post id or the first error message.
Usage: writer.py URL TOKEN RUN SECONDS WRITERS OUT START"""
import json, sys, threading, time, urllib.error, urllib.request

url, token, run, seconds, writers, out = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
start = float(sys.argv[7])
lock = threading.Lock()
lines = []

def write(worker):
    n = 0
    while time.time() - start < seconds:
        n += 1
        headline = f"{run}-{worker}-{n}"
        body = json.dumps({"query": "mutation($h: String!) { createPost(input: {post: {authorId: 1, headline: $h,"
                           " topic: DISCUSSION}}) { post { id headline } } }", "variables": {"h": headline}}).encode()
        request = urllib.request.Request(url, data=body, headers={"content-type": "application/json",
                                                                 "authorization": "Bearer " + token})
        sent = time.time() - start
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                status, text = response.status, response.read().decode()
        except urllib.error.HTTPError as e:
            status, text = e.code, e.read().decode()
        except Exception as e:  # connection refused, timeout: no answer at all
            status, text = 0, json.dumps({"errors": [{"message": type(e).__name__}]})
        try:
            answer = json.loads(text)
        except ValueError:
            answer = {"errors": [{"message": "not JSON: " + text[:80]}]}
        post = ((answer.get("data") or {}).get("createPost") or {}).get("post")
        acked = status == 200 and not answer.get("errors") and post is not None and post["headline"] == headline
        detail = headline if acked else (answer.get("errors") or [{"message": "?"}])[0].get("message", "?")
        with lock:
            lines.append(f"{sent:.2f}\t{status}\t{'ack' if acked else 'fail'}\t{detail}")
        if not acked:
            time.sleep(0.1)

threads = [threading.Thread(target=write, args=(i,)) for i in range(writers)]
for t in threads:
    t.start()
for t in threads:
    t.join()
with open(out, "w") as f:
    f.write("\n".join(lines) + "\n")
