"""Bad files in the data folder: each is named, damaged ones are moved aside, nothing crashes.

The same guards hold for meeting records, the user's question and template files,
``library.json``, the teams' landscapes and the mapping memory.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from dialogtool.core.catalogue import render
from dialogtool.core.importing.memory import MappingMemory
from dialogtool.core.landscape import LandscapeLoadError, load_landscape
from dialogtool.core.paths import meetings_dir
from dialogtool.core.record import MeetingRecord
from dialogtool.core.store import MAX_RECORD_BYTES, ProblemKind, RecordStore
from dialogtool.core.user_library import load_user_files

GOOD = MeetingRecord(title="Godt møde", id="good")
DEEP = b"[" * 100_000 + b"]" * 100_000
HUGE_INT = b'{"schema_version": ' + b"9" * 5000 + b"}"

#: (content, kind, words in the Danish sentence)
BAD: dict[str, tuple[bytes, ProblemKind, str]] = {
    "corrupt JSON": (b'{"title": "halvt', ProblemKind.CORRUPT, "beskadiget"),
    "wrong shape": (b'{"schema_version": 2, "title": 17}', ProblemKind.INVALID, "felter"),
    "a list": (b"[1, 2, 3]", ProblemKind.CORRUPT, "beskadiget"),
    "future version": (b'{"schema_version": 99}', ProblemKind.FUTURE_VERSION, "version 99"),
    "empty": (b"", ProblemKind.CORRUPT, "beskadiget"),
    "truncated": (GOOD.model_dump_json().encode()[:-40], ProblemKind.CORRUPT, "beskadiget"),
    "invalid UTF-8": (b'{"title": "\xff\xfe"}', ProblemKind.CORRUPT, "not UTF-8"),
    "deep nesting": (DEEP, ProblemKind.CORRUPT, "nested too deeply"),
    "4,300+ digit integer": (HUGE_INT, ProblemKind.CORRUPT, "number too long"),
    "crafted id": (
        GOOD.model_dump_json().replace('"good"', '"x/../../escaped"').encode(),
        ProblemKind.INVALID,
        "felter",
    ),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_record_is_named_and_quarantined_unchanged(tmp_path: Path, name: str) -> None:
    content, kind, words = BAD[name]
    store = RecordStore(tmp_path)
    store.save(MeetingRecord(title="Godt møde"))
    path = tmp_path / "meeting-bad.json"
    path.write_bytes(content)
    result = store.scan()
    assert len(result.records) == 1, "the good meeting is still listed"
    [problem] = result.problems
    assert problem.kind == kind
    assert words in render(problem.message, "da") and "meeting-bad.json" in render(
        problem.message, "da"
    )
    moved = store.quarantine(problem)
    if kind == ProblemKind.FUTURE_VERSION:  # a colleague's newer app: left in place
        assert moved.moved_to is None and path.read_bytes() == content
        return
    assert moved.moved_to is not None and moved.moved_to in render(moved.message, "da")
    assert not path.exists()
    assert (tmp_path / moved.moved_to).read_bytes() == content
    path.write_bytes(content)  # the same name damaged again: never over the first copy
    again = store.quarantine(store.scan().problems[0])
    assert again.moved_to != moved.moved_to
    assert len(list((tmp_path / "damaged").iterdir())) == 2


def test_a_record_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    store = RecordStore(tmp_path)
    (tmp_path / "meeting-good.json").write_bytes(b"\xef\xbb\xbf" + GOOD.model_dump_json().encode())
    assert [r.title for _p, r in store.scan().records] == ["Godt møde"]


def test_a_huge_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "meeting-huge.json"
    with path.open("wb") as handle:  # sparse: no disk space, but a large size
        handle.truncate(MAX_RECORD_BYTES + 1)
    [problem] = RecordStore(tmp_path).scan().problems
    assert problem.kind == ProblemKind.TOO_LARGE
    assert "for stor" in render(problem.message, "da")


@pytest.mark.skipif(os.name != "posix", reason="symlinks and FIFOs")
def test_a_link_out_of_the_folder_and_a_fifo_never_block(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.json"
    outside.write_text(GOOD.model_dump_json(), "utf-8")
    folder = tmp_path / "meetings"
    folder.mkdir()
    (folder / "meeting-good.json").symlink_to(outside)
    os.mkfifo(folder / "meeting-fifo.json")
    store = RecordStore(folder)
    problems = {p.path.name: p for p in store.scan().problems}
    assert problems["meeting-good.json"].kind == ProblemKind.OUTSIDE
    assert problems["meeting-fifo.json"].kind == ProblemKind.UNREADABLE
    moved = store.quarantine(problems["meeting-good.json"])
    assert moved.moved_to and outside.read_text("utf-8") == GOOD.model_dump_json()


@pytest.mark.parametrize("name", ["deep nesting", "4,300+ digit integer", "invalid UTF-8"])
def test_user_files_landscapes_and_mapping_memory_are_guarded(tmp_path: Path, name: str) -> None:
    content = BAD[name][0]
    for sub in ("questions", "templates"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "bad.json").write_bytes(content)
    (tmp_path / "library.json").write_bytes(content)
    loaded = load_user_files(tmp_path)
    assert sorted(p.path.name for p in loaded.problems) == ["bad.json", "bad.json", "library.json"]
    assert all(
        "bad.json" in render(p.message, "da") or "library" in render(p.message, "da")
        for p in loaded.problems
    )

    (tmp_path / "landscape.json").write_bytes(content)
    with pytest.raises(LandscapeLoadError):
        load_landscape(tmp_path / "landscape.json")
    (tmp_path / "import-mappings.json").write_bytes(content)
    memory = MappingMemory.in_data_dir(tmp_path)
    assert memory.problem is not None and memory.entries == []


def test_dialogtool_list_survives_every_bad_record(tmp_path: Path) -> None:
    folder = meetings_dir(tmp_path)
    RecordStore(folder).save(MeetingRecord(title="Godt møde"))
    for n, (content, _kind, _words) in enumerate(BAD.values()):
        (folder / f"meeting-bad{n}.json").write_bytes(content)
    env = {**os.environ, "DIALOGTOOL_DATA_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "dialogtool", "list", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    listing = json.loads(result.stdout)
    assert [m["title"] for m in listing["meetings"]] == ["Godt møde"]
    assert len(listing["unreadable"]) == len(BAD)
    assert "Traceback" not in result.stderr
