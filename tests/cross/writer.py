#!/usr/bin/env python3
"""Cross-process read-your-writes, the writing side in Python (tests/cross/README.md).

CROSS_CYCLES cycles (default 100), CROSS_CONCURRENCY at a time (default 10), each on an
`AsyncClient` of its own that creates a workspace, an invitation in it and a cluster in it,
then prints one JSON line with the ids and the client's consistency token (flushed at once).
The emulator comes from CLOUDPIRATES_BASE_URL and CLOUDPIRATES_API_KEY. Needs the
`cloudpirates` package installed (`bash scripts/test-python.sh` builds it into target/py-venv).
Exits 0 once every cycle has been printed; anything else goes to stderr.
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
import time

from cloudpirates import AsyncClient


def positive(name: str, fallback: int) -> int:
    v = os.environ.get(name, "")
    if v == "":
        return fallback
    if not v.isdigit() or int(v) < 1:
        raise SystemExit(f"{name} must be a positive integer, got {v!r}")
    return int(v)


CYCLES = positive("CROSS_CYCLES", 100)
CONCURRENCY = positive("CROSS_CONCURRENCY", 10)
RUN = f"{int(time.time() * 1000):x}{os.getpid():x}"


def emit(fields: dict[str, object]) -> None:
    """One line in the documented format (`{"cycle": 7, "workspaceId": "...", ...}`), flushed."""
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


async def cycle(n: int) -> None:
    async with AsyncClient() as client:  # CLOUDPIRATES_BASE_URL, CLOUDPIRATES_API_KEY
        key = f"p{RUN}c{n}"
        ws = await client.workspaces.create(workspace_name=f"Cross {n}", workspace_key=key)
        inv = await client.workspaces.invitations.create(ws.workspace_id, email=f"{key}@example.test", role="MEMBER")
        cl = await client.clusters.create(ws.workspace_id, cluster_name=f"cross-{n}", cluster_type="EXTERNAL")
        if not inv.invitation_id or not cl.cluster_id:
            raise RuntimeError("the API answered no invitation or cluster id")
        emit({
            "cycle": n,
            "workspaceId": ws.workspace_id,
            "invitationId": inv.invitation_id,
            "clusterId": cl.cluster_id,
            "token": client.consistency_token(),
        })


async def main() -> int:
    todo = iter(range(CYCLES))
    failed = 0

    async def worker() -> None:
        nonlocal failed
        for n in todo:  # shared: each worker takes the next cycle
            try:
                await cycle(n)
            except BrokenPipeError:
                raise
            except Exception as e:  # noqa: BLE001 - reported, counted, the run goes on
                failed += 1
                print(f"writer: cycle {n} failed: {type(e).__name__}: {e}", file=sys.stderr, flush=True)

    await asyncio.gather(*(worker() for _ in range(min(CONCURRENCY, CYCLES))))
    if failed:
        print(f"writer: {failed} of {CYCLES} cycles failed", file=sys.stderr, flush=True)
        return 1
    return 0


if __name__ == "__main__":
    try:
        code = asyncio.run(main())
    except BrokenPipeError:
        # the reader went away: nothing more can be handed on
        print("writer: stdout closed", file=sys.stderr)
        code = 1
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
    sys.exit(code)
