"""Security and privacy: private files and folders, no network, no unsafe loaders, clean logs."""

from __future__ import annotations

import logging
import os
import re
import socket
import stat
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dialogtool.core.atomic import ensure_private_dir
from dialogtool.core.logs import LOG_FILE, log_exception, setup_logging
from dialogtool.core.record import MeetingRecord
from dialogtool.core.store import RecordStore
from dialogtool.ui.main_window import MainWindow

SRC = Path(__file__).resolve().parents[2] / "src" / "dialogtool"
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@posix_only
def test_every_created_folder_is_0700_also_the_data_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    os.umask(0)  # the worst case: nothing is taken away by the umask
    try:
        root = tmp_path / "home" / "data"
        path = RecordStore(root / "meetings").save(MeetingRecord())
    finally:
        os.umask(0o022)
    for folder in (tmp_path / "home", root, root / "meetings"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@posix_only
def test_an_existing_open_folder_is_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "meetings"
    folder.mkdir(mode=0o777)
    folder.chmod(0o777)
    ensure_private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_no_eval_pickle_unsafe_yaml_or_shell_in_the_code() -> None:
    banned = re.compile(
        r"(?<![.\w])(eval|exec|compile|__import__)\(|\bpickle\b|\bmarshal\b|\bshelve\b|yaml\.(load|unsafe_load)\(|"
        r"shell=True|os\.system\(|\bdill\b"
    )
    hits = [
        f"{path.relative_to(SRC)}:{n}: {line.strip()}"
        for path in SRC.rglob("*.py")
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if banned.search(line) and not line.lstrip().startswith("#")
    ]
    assert hits == []


def test_whole_meeting_without_network_logs_no_personal_data(
    qtbot: QtBot,
    window: MainWindow,
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ui import test_whole_meeting as walkthrough  # tests/ui, imported as pytest does

    attempts: list[tuple[object, ...]] = []

    def no_network(*args: object, **kwargs: object) -> socket.socket:
        attempts.append(args)
        raise OSError("network is switched off in this test")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    log = setup_logging(tmp_path / "logs")
    assert log is not None
    try:
        walkthrough.test_whole_meeting_is_saved_as_typed(qtbot, window, data_dir)
        record = RecordStore(data_dir / "meetings").scan().records[0][1]
        try:  # one failure is logged as it would be in use
            raise OSError(28, "No space left on device", str(data_dir / "x.json"))
        except OSError as exc:
            log_exception("Saving the meeting failed", exc)
    finally:
        for handler in logging.getLogger("dialogtool").handlers:
            handler.flush()
    assert attempts == [], "no socket was even tried"
    text = (tmp_path / "logs" / LOG_FILE).read_text("utf-8")
    assert "Saving the meeting failed" in text
    private = [record.title, record.fup.purpose, *(p.name for p in record.participants)]
    private += [str(data_dir), str(Path.home()), "No space left"]
    assert [p for p in private if p and p in text] == []


def test_summary_escapes_user_text_in_html_and_markdown(qapp: object) -> None:
    from PySide6.QtGui import QTextDocument

    from dialogtool.core.record import ActionItem
    from dialogtool.core.summary import SummaryOptions, build_summary, render_html, render_markdown

    record = MeetingRecord(title="<script>alert(1)</script> [x](javascript:alert(1))")
    record.action_items.append(
        ActionItem(text="<Jens Hansen> tager den [klik](javascript:alert(2))", owner="<b>Åse</b>")
    )
    doc = build_summary(record, "da", SummaryOptions())
    html = render_html(doc)
    assert "<script>" not in html and "<b>Åse" not in html and 'href="javascript' not in html
    for source, load in ((html, "setHtml"), (render_markdown(doc), "setMarkdown")):
        shown = QTextDocument()
        getattr(shown, load)(source)
        text = shown.toPlainText()
        assert "<Jens Hansen> tager den [klik](javascript:alert(2))" in text, load
        assert "<script>alert(1)</script>" in text, load
        assert "href" not in shown.toHtml(), "no user text became a link"


def test_the_source_line_names_the_file_not_the_folder(tmp_path: Path) -> None:
    from dialogtool.core.context import trust_line
    from dialogtool.core.importing import import_file

    folder = tmp_path / "Users" / "jens.hansen" / "Downloads"
    folder.mkdir(parents=True)
    path = folder / "løntimer.csv"
    path.write_text("Indikator;Team;Periode;Værdi\nLøntimer;Øst;2024M01;12,5\n", "utf-8")
    dataset = import_file(path).dataset
    snapshot = dataset.snapshot(dataset.indicators[0].id)
    line = trust_line(snapshot, "da")
    assert "løntimer.csv" in line
    assert "jens.hansen" not in line and str(tmp_path) not in snapshot.model_dump_json()


@posix_only
def test_an_existing_data_root_is_tightened_at_start(qtbot: QtBot, data_dir: Path) -> None:
    from dialogtool.ui.app import create_main_window

    (data_dir / "meetings").mkdir(parents=True)
    for folder in (data_dir, data_dir / "meetings"):
        folder.chmod(0o755)
    window = create_main_window(data_dir, demo=True)
    qtbot.addWidget(window)
    window.new_meeting("team-meeting")
    for folder in (data_dir, data_dir / "meetings"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
