"""`export`: the whole journal as our CSV or JSON (UTF-8, ISO 8601 times with their UTC offset).

Both are deterministic: the same journal always gives byte-identical output. The columns and
keys are described in `our_csv` and `our_json`.
"""

from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from typing import Literal

from companion.store.files import fsync_dir
from companion.store.formats.our_csv import write_csv
from companion.store.formats.our_json import write_json
from companion.store.journal_store import JournalStore

Format = Literal["csv", "json"]
FORMATS: tuple[Format, ...] = ("csv", "json")


def export_text(store: JournalStore, fmt: Format) -> str:
    """The whole export as one string (what `export` prints to stdout)."""
    buffer = io.StringIO(newline="")
    (write_csv if fmt == "csv" else write_json)(store, buffer)
    return buffer.getvalue()


def export_to_file(store: JournalStore, fmt: Format, path: Path) -> None:
    """Write the export to `path` atomically and privately (0600): it is health data.

    Not `files.write_atomically`: that tightens the folder to 0700, which is right for our
    data dir but not for the user's own Documents folder. OSError (a path the user gave that
    cannot be written) is left as it is: it is bad input, not a failure of the journal.
    """
    data = export_text(store, fmt).encode("utf-8")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)
