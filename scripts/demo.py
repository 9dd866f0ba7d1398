"""`make demo`: the whole job on the embedded SQLite default, driven by the tradepact CLI.

Starts a server in a temporary data directory, then: extract terms from a chat, draft and
render the contract (DOCX and PDF, English and bilingual), create the escrow order, fund the
deposit, evidence it, have a reviewer release it, then the balance, which needs two reviewers
(and refuses a self-approval), then the order, the ledger and the audit-chain check. Two more
chats show an all-Chinese contract and the gap report of a chat that leaves a term open.
Exits 0 and leaves no process behind.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.panel import Panel

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "clients" / "examples"
BIN = Path(sys.executable).with_name("tradepact")
console = Console(highlight=False, width=max(100, shutil.get_terminal_size((110, 40)).columns))


class Demo:
    """Runs CLI commands against one server, echoing them like a terminal session."""

    def __init__(self, work: Path, out: Path) -> None:
        self.work, self.out = work, out
        self.secret = secrets.token_hex(32)
        self.env = {**os.environ, "TRADEPACT_JWT_SECRET": self.secret, "COLUMNS": "110"}
        self.server: subprocess.Popen | None = None
        self.tokens: dict[str, str] = {}

    def start(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.env["TRADEPACT_ADDRESS"] = f"127.0.0.1:{port}"
        log = open(self.work / "server.log", "w")  # noqa: SIM115 - closed at exit with the process
        cmd = [str(BIN), "serve", "--data-dir", str(self.work / "data")]
        console.print(f"[bold]$ tradepact serve --data-dir {self.work / 'data'}[/]  "
                      f"(embedded SQLite, port {port})")
        self.server = subprocess.Popen(cmd, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                       start_new_session=True)
        with console.status("starting the server (migrations, warm render workers)…"):
            deadline = time.monotonic() + 90
            while "listening on" not in (self.work / "server.log").read_text():
                if self.server.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("server did not start:\n"
                                     + (self.work / "server.log").read_text())
                time.sleep(0.2)
        console.print("  " + next(line for line in (self.work / "server.log").read_text()
                                  .splitlines() if "listening on" in line).split("] ", 1)[-1])

    def stop(self) -> None:
        if self.server and self.server.poll() is None:
            self.server.send_signal(signal.SIGTERM)
            try:
                code = self.server.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.server.pid, signal.SIGKILL)
                code = self.server.wait()
            console.print(f"[bold]server stopped[/] (exit code {code})")

    def token(self, name: str, *roles: str, party: str | None = None) -> str:
        args = [str(BIN), "token", "--subject", name]
        for r in roles:
            args += ["--role", r]
        if party:
            args += ["--party", party]
        self.tokens[name] = subprocess.run(args, env=self.env, check=True, capture_output=True,
                                           text=True).stdout.strip()
        return self.tokens[name]

    def run(self, who: str, *args: str, capture_json: bool = False, expect_fail: bool = False,
            show: bool = True, status: str | None = None) -> dict | str:
        shown = " ".join(a if " " not in a else repr(a) for a in args)
        console.print(f"\n[bold cyan]{who}$[/] [bold]tradepact {shown}[/]")
        env = {**self.env, "TRADEPACT_TOKEN": self.tokens[who]} if who in self.tokens \
            else self.env
        argv = [str(BIN), *args] + (["--json"] if capture_json else [])
        if status:
            with console.status(status):
                proc = subprocess.run(argv, env=env, capture_output=True, text=True)
        else:
            proc = subprocess.run(argv, env=env, capture_output=True, text=True)
        failed = proc.returncode != 0
        if failed != expect_fail:
            sys.stdout.write(proc.stdout + proc.stderr)
            raise SystemExit(f"step failed (exit {proc.returncode}): tradepact {shown}")
        if expect_fail:
            console.print(f"[yellow]  refused as expected:[/] {proc.stderr.strip() or proc.stdout.strip()}")
            return proc.stderr
        if capture_json:
            return json.loads(proc.stdout)
        if show:
            sys.stdout.write(proc.stdout.rstrip() + "\n")
            sys.stdout.flush()
        return proc.stdout


    def approval_hash(self, who: str, order_id: str, sequence: int) -> str:
        """The approval hash `escrow queue` shows `who` for milestone `sequence` of the order.

        A confirmation must name the hash of what the reviewer looked at; a script reads it
        from the queue's JSON, as here.
        """
        env = {**self.env, "TRADEPACT_TOKEN": self.tokens[who]}
        proc = subprocess.run([str(BIN), "escrow", "queue", "--json"], env=env, check=True,
                              capture_output=True, text=True)
        for item in json.loads(proc.stdout).get("items", []):
            if item["order"]["orderId"] != order_id:
                continue
            for m in item["order"]["milestones"]:
                if m["milestoneId"] == item["milestoneId"] and int(m["sequence"]) == sequence:
                    return m["approvalHash"]
        raise SystemExit(f"milestone {sequence} of order {order_id} is not in {who}'s queue")


def _money(m: dict) -> str:
    minor = int(m.get("minorUnits", 0))
    return f"{minor // 100}.{minor % 100:02d}"


def main() -> int:
    out = ROOT / "out" / "demo"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory(prefix="tradepact-demo-") as tmp:
        demo = Demo(Path(tmp), out)
        try:
            return _job(demo, out)
        finally:
            demo.stop()


def _job(demo: Demo, out: Path) -> int:
    chats = EXAMPLES / "chats"
    console.print(Panel.fit("tradepact demo: from a chat to a confirmed payout", style="bold"))
    demo.start()
    demo.token("platform", "platform")
    demo.token("lily", "seller", party="bright-drinkware")
    demo.token("tom", "buyer", party="nordkap-outdoor")
    demo.token("alice", "reviewer")
    demo.token("bob", "reviewer")
    # A reviewer who also works for the seller: may never approve the seller's payout.
    demo.token("lily-reviewer", "reviewer", "seller", party="bright-drinkware")

    console.rule("1. Extract the agreed terms from a three-day WhatsApp chat")
    chat = chats / "negotiation-whatsapp.txt"
    who = ["--buyer", "Tom Becker", "--seller", "Lily Chen"]
    demo.run("platform", "extract", str(chat), *who)
    terms_file = out / "terms.json"
    terms = demo.run("platform", "extract", str(chat), *who, "--format", "json", show=False)
    terms_file.write_text(terms)
    console.print(f"  terms saved to {terms_file}")

    console.rule("2. Draft the final contract and render it (DOCX and PDF, English and bilingual)")
    parties = str(EXAMPLES / "parties.json")
    drafted = demo.run("platform", "contract", "draft", str(terms_file), "--parties", parties,
                       "--final", capture_json=True)
    drafted = drafted if "contractId" in drafted else drafted["version"]
    contract_id = drafted["contractId"]
    console.print(f"  contract {drafted['contractNumber']} ({contract_id}) version "
                  f"{drafted['version']}: FINAL, no gaps")
    files = []
    for language in ("en", "bilingual"):
        for fmt in ("docx", "pdf"):
            target = out / f"contract-{language}.{fmt}"
            demo.run("lily", "contract", "download", contract_id, "--format", fmt,
                     "--language", language, "-o", str(target),
                     status=f"rendering {fmt.upper()} ({language})…")
            files.append(target)
    demo.run("platform", "contract", "inspect", str(out / "contract-en.pdf"))

    console.rule("3. Escrow: the payment schedule becomes milestones")
    order = demo.run("platform", "escrow", "create", contract_id, capture_json=True)
    order = order if "orderId" in order else order["order"]
    order_id = order["orderId"]
    demo.run("platform", "escrow", "get", order_id)
    deposit, balance = order["milestones"][0], order["milestones"][1]

    console.rule("4. Deposit: the buyer pays, the seller evidences, one reviewer releases")
    demo.run("platform", "escrow", "fund", order_id, "1", "--amount", _money(deposit["amount"]),
             "--reference", "SWIFT-DEP-0001")
    demo.run("lily", "escrow", "evidence", order_id, "1", "--type", "signed_contract",
             "--reference", f"{drafted['contractNumber']}-signed",
             "--file", str(out / "contract-en.pdf"))
    demo.run("lily", "escrow", "request-release", order_id, "1")
    demo.run("alice", "escrow", "queue")
    # Alice approves exactly what the queue showed her: its approval hash binds the approval.
    demo.run("alice", "escrow", "confirm", order_id, "1", "--approval-hash",
             demo.approval_hash("alice", order_id, 1))

    console.rule("5. Balance: over the threshold, so two different reviewers must approve")
    demo.run("platform", "escrow", "fund", order_id, "2", "--amount",
             _money(balance["amount"]), "--reference", "SWIFT-BAL-0002")
    bl = out / "bill-of-lading.txt"
    bl.write_text("B/L COSU6123456780, 1x40HQ, Ningbo -> Hamburg\n")
    demo.run("lily", "escrow", "evidence", order_id, "2", "--type", "bill_of_lading",
             "--reference", "COSU6123456780", "--file", str(bl))
    demo.run("lily", "escrow", "request-release", order_id, "2")
    seen = demo.approval_hash("alice", order_id, 2)
    demo.run("alice", "escrow", "confirm", order_id, "2", "--approval-hash", seen)
    demo.run("lily-reviewer", "escrow", "confirm", order_id, "2", "--approval-hash", seen,
             expect_fail=True)
    demo.run("alice", "escrow", "confirm", order_id, "2", "--approval-hash", seen,
             expect_fail=True)
    demo.run("bob", "escrow", "confirm", order_id, "2", "--approval-hash",
             demo.approval_hash("bob", order_id, 2))

    console.rule("6. The order, its ledger, and the audit chain")
    demo.run("tom", "escrow", "get", order_id)
    demo.run("platform", "escrow", "ledger", order_id)
    demo.run("platform", "escrow", "verify-audit", order_id)

    console.rule("7. An all-Chinese chat, and a chat that leaves a needed term open")
    demo.run("platform", "extract", str(chats / "all-chinese-wechat.txt"))
    zh_terms = out / "terms-zh.json"
    zh_terms.write_text(demo.run("platform", "extract", str(chats / "all-chinese-wechat.txt"),
                                 "--format", "json", show=False))
    zh = demo.run("platform", "contract", "draft", str(zh_terms), "--parties",
                  str(EXAMPLES / "parties-zh.json"), "--language", "zh", capture_json=True)
    zh = zh if "contractId" in zh else zh["version"]
    gaps = [g["field"] for g in zh.get("gaps", [])]
    console.print(f"  draft {zh['contractNumber']}: gaps {gaps or 'none'}")
    demo.run("platform", "contract", "download", zh["contractId"], "--format", "pdf",
             "-o", str(out / "contract-zh-draft.pdf"), status="rendering the Chinese draft…")
    gap_chat = chats / "missing-lead-time.txt"
    gap_who = ["--buyer", "Anna", "--seller", "Mr. Zhao"]
    demo.run("platform", "extract", str(gap_chat), *gap_who)
    gap_terms = out / "terms-gap.json"
    gap_terms.write_text(demo.run("platform", "extract", str(gap_chat), *gap_who,
                                  "--format", "json", show=False))
    demo.run("platform", "contract", "draft", str(gap_terms), "--parties",
             str(EXAMPLES / "parties-boards.json"), "--final", expect_fail=True)

    console.rule("Done")
    for f in sorted(out.iterdir()):
        console.print(f"  {f}  ({f.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
