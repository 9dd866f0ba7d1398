"""`tradepact escrow queue`: what waits for review, with the contract terms and the evidence."""

from __future__ import annotations

import os
import subprocess

from tests.support.escrow_flow import ROLES, fund_and_request, new_order
from tests.support.samples import sample_terms
from tests.support.server_process import REPO, token, tradepact_bin


def test_the_queue_shows_every_goods_line_of_the_contract(server):
    order = fund_and_request(server.address, new_order(server.address), 0, note="B/L attached")
    subject, roles = ROLES["reviewer"]
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("TRADEPACT_")},
           "COLUMNS": "250", "TRADEPACT_TOKEN": token(subject, *roles)}
    result = subprocess.run([tradepact_bin(), "escrow", "queue", "--page-size", "500",
                             "--address", server.address], capture_output=True, text=True,
                            env=env, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    block = result.stdout.split(f"order {order.order_id} ")[1].split("\n\n")[0]
    assert f"approval hash {order.milestones[0].approval_hash}" in block
    assert "evidence: " in block and "seller's note: B/L attached" in block
    for term in ("Incoterm", "Payment", "Lead time", "Logistics", "Currency"):
        assert f"  {term} " in block, (term, block)
    # the goods the payout is for: only the first four term rows used to be shown
    for n, item in enumerate(sample_terms().line_items, 1):
        assert f"  Goods {n} " in block and item.description in block, (n, block)
