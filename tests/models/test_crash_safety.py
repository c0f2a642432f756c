"""A writer killed mid-batch (SIGKILL) loses nothing it committed and leaves nothing half-done.

A child process writes equipment through the services, one committed transaction per
item plus a multi-item move every few items, and prints each asset code only after its
commit returned. The parent kills it at a random moment and then checks the file.
"""

from __future__ import annotations

import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.services import equipment
from app.services.equipment_query import EquipmentQuery, equipment_ids
from app.services.register import Register

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

REPO = Path(__file__).resolve().parents[2]
BATCH = 5  # items moved together in one transaction

CHILD = """
import random, sys
from pathlib import Path
from app.services import equipment, rooms
from app.services.register import Register

path, seed, size = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
rnd = random.Random(seed)
reg = Register.open(path, actor="crash-test")
room = rooms.create_room(reg, {"kind": "storeroom", "code": "KHO", "name": "Kho thiết bị"})
print("ROOM", room.id, flush=True)
batch = []
for i in range(100000):
    quantity = rnd.randint(1, 40)
    broken = rnd.randint(0, quantity)
    lost = rnd.randint(0, quantity - broken)
    code = f"CR-{i:05d}"
    item = equipment.create_equipment(reg, {
        "asset_code": code,
        "name": f"Máy chiếu số {i}",
        "serial": f"SN{i:05d}",
        "quantity": quantity,
        "qty_broken": broken,
        "qty_lost": lost,
    })
    print("ITEM", code, flush=True)
    batch.append((item.id, code))
    if len(batch) == size:
        equipment.move_equipment(reg, [i for i, _ in batch], room.id)
        print("MOVED", " ".join(c for _, c in batch), flush=True)
        batch = []
"""


def run_and_kill(path: Path, seed: int, kill_after: int) -> list[str]:
    """Run the writer, SIGKILL it after ``kill_after`` committed items; return its lines."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(seed), str(BATCH)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    watchdog = threading.Timer(20, proc.kill)  # never hang the suite
    watchdog.start()
    lines: list[str] = []
    try:
        assert proc.stdout is not None
        items = 0
        while items < kill_after:
            line = proc.stdout.readline()
            if not line:
                pytest.fail(f"writer stopped early:\n{proc.stderr.read() if proc.stderr else ''}")
            lines.append(line.strip())
            items += line.startswith("ITEM ")
        # Land the kill at a random point of the next transactions.
        time.sleep(random.Random(seed).uniform(0, 0.006))
        proc.send_signal(signal.SIGKILL)
        out, _err = proc.communicate(timeout=10)
    finally:
        watchdog.cancel()
    assert proc.returncode == -signal.SIGKILL, "the writer must die mid-batch, not finish"
    # Lines printed before the kill reached the pipe: those commits returned too.
    lines.extend(line.strip() for line in out.splitlines() if line.strip())
    return lines


@pytest.mark.slow
@pytest.mark.parametrize(("seed", "kill_after"), [(1, 3), (2, 17), (3, 38), (4, 64)])
def test_killed_writer_loses_nothing_committed(register_templates, tmp_path, seed, kill_after):
    path = tmp_path / "register.sqlite"
    shutil.copyfile(register_templates.school, path)

    lines = run_and_kill(path, seed, kill_after)
    reported = [line.split()[1] for line in lines if line.startswith("ITEM ")]
    moved_batches = [line.split()[1:] for line in lines if line.startswith("MOVED ")]
    room_id = next(line.split()[1] for line in lines if line.startswith("ROOM "))
    assert len(reported) >= kill_after

    con = sqlite3.connect(path)  # recovers the WAL left by the killed writer
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        # The full-text index agrees with its content table.
        con.execute("INSERT INTO equipment_fts(equipment_fts) VALUES('integrity-check')")

        rows = con.execute(
            "SELECT id, asset_code, quantity, qty_good, qty_minor_damage, qty_broken, qty_lost,"
            " room_id, search_text FROM equipment ORDER BY asset_code"
        ).fetchall()
        codes = [r[1] for r in rows]
        # Every item the writer reported as committed is there...
        assert set(reported) <= set(codes)
        # ...in order, and at most one more (committed, killed before it could print).
        assert codes == [f"CR-{i:05d}" for i in range(len(codes))]
        assert len(reported) <= len(codes) <= len(reported) + 1

        # No half-written item: quantities add up, search text complete.
        for _id, code, qty, good, minor, broken, lost, _room, search in rows:
            assert good + minor + broken + lost == qty, code
            assert qty >= 1, code
            assert search.startswith("may chieu so ") and code.lower() in search, code

        # Every item has exactly its one create entry; no entry for a missing item.
        created = con.execute(
            "SELECT entity_id, count(*) FROM audit_entry"
            " WHERE entity = 'equipment' AND action = 'create' GROUP BY entity_id"
        ).fetchall()
        assert dict(created) == {r[0]: 1 for r in rows}
        orphans = con.execute(
            "SELECT count(*) FROM audit_entry a WHERE a.entity = 'equipment'"
            " AND NOT EXISTS (SELECT 1 FROM equipment e WHERE e.id = a.entity_id)"
        ).fetchone()[0]
        assert orphans == 0

        # Moves are all-or-nothing: whole batches, each with its audit entries.
        moved = {r[1] for r in rows if r[7] is not None}
        for batch in moved_batches:
            assert set(batch) <= moved
        assert len(moved) % BATCH == 0
        assert moved == set(codes[: len(moved)])
        assert len(moved) // BATCH in (len(moved_batches), len(moved_batches) + 1)
        assert {r[7] for r in rows if r[7] is not None} <= {room_id}
        move_audits = {
            r[0]
            for r in con.execute(
                "SELECT entity_id FROM audit_entry WHERE entity = 'equipment' AND action = 'move'"
            )
        }
        assert move_audits == {r[0] for r in rows if r[7] is not None}

        # The index was updated with the moves in the same transactions.
        def match(q: str) -> int:
            return con.execute(
                "SELECT count(*) FROM equipment_fts WHERE equipment_fts MATCH ?", (q,)
            ).fetchone()[0]

        assert match("chieu") == len(rows)
        assert match("kho") == len(moved)
    finally:
        con.close()

    # The register opens normally and keeps working.
    reg = Register.open(path, actor="after-crash")
    try:
        assert not reg.migration.changed
        item = equipment.create_equipment(reg, {"asset_code": "AFTER-1", "name": "Loa kéo"})
        assert equipment_ids(reg, EquipmentQuery(text="loa keo")) == [item.id]
        assert len(equipment_ids(reg, EquipmentQuery(text="may chieu"))) == len(rows)
    finally:
        reg.close()
