"""A saved annotation survives the process being killed the moment after."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from reader.store import Store

_SAVER = textwrap.dedent(
    """
    import sys, time
    from reader.store import Store
    store = Store.open(sys.argv[1])
    slug = store.list_articles(limit=1)[0].slug
    note = store.annotate(slug, "en", 5, 40, note="Saved just before the crash", tags=["kill"])
    store.update_annotation(note.id, color="green")
    print(note.id, flush=True)
    time.sleep(60)  # killed here, with the library still open
    """
)


def test_annotation_survives_sigkill_right_after_saving(
    sample_library: Path, tmp_path: Path
) -> None:
    db = tmp_path / "lib.sqlite"
    shutil.copy(sample_library, db)
    proc = subprocess.Popen(
        [sys.executable, "-c", _SAVER, str(db)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    annotation_id = int(line)
    # The WAL was never checkpointed by the dead process: opening recovers it.
    with Store.open(db) as store:
        note = store.annotation(annotation_id)
        assert (note.note, note.tags, note.color) == (
            "Saved just before the crash",
            ("kill",),
            "green",
        )
        assert [a.id for a in store.annotations(query="crash")] == [annotation_id]
        assert store.check() == []
