"""Which CPUs a server process's threads run on (the `cpu_affinity` setting).

One Python process runs Python code on one CPU at a time (the GIL), but left to the kernel its
threads spread over every CPU, and each GIL hand-over then crosses CPUs: wake-ups become
inter-processor interrupts and the caches go cold. Measured on a 2-vCPU VM with PostgreSQL and
the clients on the same machine (8 escrow clients): pinned, the server used 1.2-1.8 ms of CPU
per transition instead of 1.6-2.7 and had a lower p99 in every pair measured; with 32 clients
it made no clear difference.

"auto" therefore gives each server process one CPU of those it may use (each `--processes`
child its own), on a machine of several.
It stands aside (changes nothing) where a container runtime limits the process by a CPU quota
rather than a CPU set: every replica there sees all the host's CPUs, and each picking "its"
CPU would pile them onto one. Independent servers started side by side on one host should use
`--processes` or name their CPUs ("2,3").
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

log = logging.getLogger(__name__)


def allowed_cpus() -> list[int]:
    """The CPUs this process may run on, in order ([] where the OS cannot say)."""
    return sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []


def cpu_quota_limited() -> bool:
    """True when a cgroup CPU quota (Kubernetes limits, `docker --cpus`) caps this process."""
    try:
        lines = Path("/proc/self/cgroup").read_text().splitlines()
    except OSError:
        return False
    for line in lines:
        _, controllers, path = line.split(":", 2)
        path = path.lstrip("/")
        if controllers == "":  # cgroup v2
            limit = Path("/sys/fs/cgroup", path, "cpu.max")
            try:
                return limit.read_text().split()[0] != "max"
            except (OSError, IndexError):
                return False
        if "cpu" in controllers.split(","):  # cgroup v1
            for mount in ("cpu", "cpu,cpuacct", "cpuacct,cpu"):
                quota = Path("/sys/fs/cgroup", mount, path, "cpu.cfs_quota_us")
                try:
                    return int(quota.read_text()) > 0
                except (OSError, ValueError):
                    continue
    return False


def auto_cpus(index: int, allowed: list[int]) -> set[int]:
    """Server process `index`'s CPU: one each, from the end of `allowed` (CPU 0 usually takes
    the most interrupts), wrapping when processes outnumber CPUs. One, not a share of the rest:
    its Python runs on one CPU at a time anyway, and the CPUs left over serve the render
    workers, the database and the other processes."""
    return {allowed[::-1][index % len(allowed)]}


def pin_to_cpu(spec: str, index: int = 0) -> set[int] | None:
    """Bind this thread, and so every thread it starts later, to CPUs; the CPUs, or None.

    `spec` "auto" (see the module), "off", or CPU numbers such as "2,3". Call it after the
    render pool is forked (its workers keep every CPU) and before the gRPC server starts its
    threads; threads already running (the render pool's manager, the PostgreSQL listener,
    all mostly idle) keep theirs.
    """
    allowed = allowed_cpus()
    if spec == "off" or not allowed:
        return None
    if spec == "auto":
        if len(allowed) < 2 or cpu_quota_limited():
            return None
        cpus = auto_cpus(index, allowed)
    else:
        try:
            cpus = {int(part) for part in spec.split(",") if part.strip()}
        except ValueError:
            raise ValueError(f"cpu_affinity must be auto, off or CPU numbers like 2,3; "
                             f"got {spec!r}") from None
        if not cpus or not cpus <= set(allowed):
            raise ValueError(f"cpu_affinity {spec!r} names CPUs outside those this process "
                             f"may use ({','.join(map(str, allowed))})")
    os.sched_setaffinity(0, cpus)
    return cpus
