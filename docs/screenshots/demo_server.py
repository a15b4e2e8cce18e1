#!/usr/bin/env python3
"""A tiny OpenAI-compatible server for documentation screenshots (loopback only).

Streams a fixed Markdown answer with reasoning for every chat completion, and lists a few
models. Usage: demo_server.py PORT
"""
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

REASONING = ("The user wants a quick comparison of streaming approaches. I should cover "
             "SSE versus WebSockets, mention reconnection, and give a small code sample.")

ANSWER = """## Server-Sent Events in a nutshell

**SSE** keeps one HTTP response open and the server writes `data:` lines as tokens arrive.

- Works through most proxies, plain HTTP/1.1
- Automatic *reconnection* in browsers
- One direction only: server to client

| Approach | Direction | Framing |
|---|---|---|
| SSE | server → client | `data:` lines |
| WebSocket | both ways | binary frames |

```python
for line in response.iter_lines():
    if line.startswith(b"data: "):
        print(line[6:].decode(), end="")
```

That is all a chat client needs to show an answer as it is written.
"""

# DEMO_COMPARE=1: every model answers in its own words and at its own pace (comparison shots).
COMPARE_ANSWERS = [
    ("Use **SSE**: one long HTTP response, `data:` lines as tokens arrive, and browsers "
     "reconnect on their own. WebSockets only pay off when the client talks back mid-stream.", 0.010),
    ("SSE is the usual choice for token streaming:\n\n- plain HTTP, proxies cope\n"
     "- automatic reconnection\n- one direction, which is all a chat answer needs\n\n"
     "Pick WebSockets for two-way, low-latency traffic.", 0.016),
    ("Both work. **Server-Sent Events** are simpler to deploy and debug; **WebSockets** give "
     "full duplex. For a chat answer streamed to the client, SSE wins on simplicity.", 0.022),
    ("Short answer: SSE. It rides on ordinary HTTP/1.1, so load balancers and proxies need no "
     "changes, and the `text/event-stream` format is trivial to parse line by line.", 0.013),
    ("It depends on the direction of traffic. Tokens flow one way, so **SSE** fits: no upgrade "
     "handshake, no custom framing, and retries come for free.", 0.019),
    ("WebSockets, if you also need to cancel or steer the generation from the client without a "
     "second request; otherwise SSE is less code and easier to cache and log.", 0.027),
]

MODELS = ["gpt-5", "gpt-5.4-mini", "gpt-4.1", "claude-sonnet-4-5", "gemini-2.5-pro",
          "qwen3-coder", "llama-3.3-70b"]


def tokens(text):
    out, word = [], ""
    for ch in text:
        word += ch
        if ch in " \n":
            out.append(word)
            word = ""
    if word:
        out.append(word)
    return out


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path.rstrip("/").endswith("/models"):
            body = json.dumps({"object": "list", "data": [
                {"id": m, "object": "model", "owned_by": "demo", "context_length": 128000}
                for m in MODELS]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404)

    def chunk(self, delta, finish=None, usage=None):
        obj = {"id": "chatcmpl-demo", "object": "chat.completion.chunk", "created": 0,
               "model": self.model, "choices": [] if usage else
               [{"index": 0, "delta": delta, "finish_reason": finish}]}
        if usage:
            obj["usage"] = usage
        data = ("data: " + json.dumps(obj) + "\n\n").encode()
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        request = json.loads(self.rfile.read(length) or b"{}")
        self.model = request.get("model", "demo")
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        delay = float(os_env("DEMO_DELAY", "0.012"))
        self.chunk({"role": "assistant", "content": ""})
        if os_env("DEMO_COMPARE", ""):
            self.compare_answer()
            return
        for t in tokens(REASONING):
            self.chunk({"reasoning_content": t})
            time.sleep(delay)
        for t in tokens(ANSWER):
            self.chunk({"content": t})
            time.sleep(delay)
        self.chunk({}, finish="stop")
        self.chunk({}, usage={"prompt_tokens": 31, "completion_tokens": 212,
                              "total_tokens": 243,
                              "completion_tokens_details": {"reasoning_tokens": 38}})
        data = b"data: [DONE]\n\n"
        self.wfile.write(b"%x\r\n%s\r\n0\r\n\r\n" % (len(data), data))
        self.wfile.flush()


    def compare_answer(self):
        index = (MODELS.index(self.model) if self.model in MODELS
                 else sum(map(ord, self.model))) % len(COMPARE_ANSWERS)
        text, delay = COMPARE_ANSWERS[index]
        time.sleep(0.05 * index)  # first tokens arrive at different times
        words = tokens(text)
        for t in words:
            self.chunk({"content": t})
            time.sleep(delay)
        self.chunk({}, finish="stop")
        self.chunk({}, usage={"prompt_tokens": 24, "completion_tokens": len(words) + 3,
                              "total_tokens": 27 + len(words)})
        data = b"data: [DONE]\n\n"
        self.wfile.write(b"%x\r\n%s\r\n0\r\n\r\n" % (len(data), data))
        self.wfile.flush()


def os_env(name, default):
    import os
    return os.environ.get(name, default)


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
