"""A LOCAL OpenAI-compatible TEST DOUBLE: scripted chat-completion answers on 127.0.0.1.

`ScriptedOpenAITestServer` is not a model. It listens on a loopback ephemeral port, answers
`POST /v1/chat/completions` with the next scripted answer (as a tool call when the request
offers tools, as message content otherwise), and records every request body so tests can
assert on the prompt. Nothing here reaches the internet.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class ScriptedAnswer:
    """One reply: the raw text the "model" produces, or an HTTP error status."""

    content: str = ""
    status: int = 200
    delay_s: float = 0.0


class ScriptedOpenAITestServer:
    """Loopback OpenAI-compatible server returning scripted answers in order (a test double)."""

    def __init__(self, answers: list[ScriptedAnswer | str | dict] = ()) -> None:
        self._answers: deque[ScriptedAnswer] = deque()
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self.script(*answers)
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def script(self, *answers: ScriptedAnswer | str | dict) -> None:
        """Queue answers; a dict is sent as its JSON, a str verbatim (malformed JSON too)."""
        with self._lock:
            for a in answers:
                if isinstance(a, dict):
                    a = ScriptedAnswer(json.dumps(a, ensure_ascii=False))
                elif isinstance(a, str):
                    a = ScriptedAnswer(a)
                self._answers.append(a)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    def __enter__(self) -> ScriptedOpenAITestServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def _next(self, body: dict[str, Any]) -> ScriptedAnswer:
        with self._lock:
            self.requests.append(body)
            if not self._answers:
                return ScriptedAnswer(json.dumps({"error": "script exhausted"}), status=500)
            return self._answers.popleft()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # keep test output clean
                pass

            def do_POST(self) -> None:  # noqa: N802 - the http.server API
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    return self._send(404, {"error": {"message": "not found"}})
                answer = server._next(body)
                if answer.delay_s:
                    time.sleep(answer.delay_s)
                if answer.status != 200:
                    return self._send(answer.status, {"error": {
                        "message": answer.content or "scripted error", "type": "server_error"}})
                self._send(200, _completion(body, answer.content))

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (a timeout test); nothing to tell it

        return Handler


def _completion(request: dict[str, Any], text: str) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": text}
    finish = "stop"
    tools = request.get("tools") or []
    if tools:
        choice = request.get("tool_choice")
        name = (choice.get("function", {}).get("name") if isinstance(choice, dict) else None) \
            or tools[0]["function"]["name"]
        message = {"role": "assistant", "content": None, "tool_calls": [{
            "id": f"call_{len(text)}", "type": "function",
            "function": {"name": name, "arguments": text}}]}
        finish = "tool_calls"
    return {
        "id": "chatcmpl-scripted", "object": "chat.completion", "created": int(time.time()),
        "model": request.get("model", "scripted"),
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


__all__ = ["ScriptedAnswer", "ScriptedOpenAITestServer"]
