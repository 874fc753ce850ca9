"""``dialogtool-cli --frozen-self-check DATA_FILE FOLDER``: prove the frozen program has what it loads late.

PyInstaller finds imports by reading the code; what dialogtool imports only when a
feature is turned on (aiohttp, segno and ifaddr for the room's phones, pyarrow's
Parquet for kept datasets, the PC-Axis reader, WeasyPrint and Pango for the tagged
PDF) or reads as a file (the phone page, the chime) is easy to lose from the build
without anyone noticing until a meeting. This check uses each of them for real: it
imports ``DATA_FILE``, keeps the dataset as Parquet in ``FOLDER`` and reads it back,
writes a tagged PDF with æøå, draws a QR code, lists the network
interfaces, and starts the room's server on 127.0.0.1 only (never another
interface), fetches the phone page, its script and style and the short address with
bounded requests, and stops it. It prints one JSON object and exits 0, or 1 with the
failure. Hidden: not a user's command, only the launcher (packaging/launch.py) knows it.
"""

from __future__ import annotations

import json
import sys
import urllib.request
from pathlib import Path

LOOPBACK = "127.0.0.1"
TIMEOUT_S = 5.0


def _fetch(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=TIMEOUT_S) as response:  # only ever 127.0.0.1
        return response.status, response.read()


def check(data_file: Path, folder: Path) -> dict[str, object]:
    from dialogtool.core.dataset_cache import DatasetCache
    from dialogtool.core.importing import import_file
    from dialogtool.core.resources import resource_dir
    from dialogtool.core.room.state import RoomState
    from dialogtool.room.interfaces import list_interfaces
    from dialogtool.room.qr import qr_png
    from dialogtool.room.server import RoomServer

    report: dict[str, object] = {}
    dataset = import_file(data_file).dataset
    cache = DatasetCache(folder / "datasets")
    kept_path = cache.store(dataset)
    kept = cache.load(dataset.sha256).dataset
    report["dataset"] = {
        "indicators": len(dataset.indicators),
        "kept_file": kept_path.name,
        "kept_indicators": len(kept.indicators),
        "same_after_parquet": kept.indicators == dataset.indicators,
    }
    report["chime_bytes"] = len(resource_dir("sounds").joinpath("chime.wav").read_bytes())
    report["tagged_pdf"] = _tagged_pdf()
    report["qr_png"] = qr_png("http://127.0.0.1/").startswith(b"\x89PNG")
    report["interfaces"] = len(list_interfaces())
    server = RoomServer(RoomState(), LOOPBACK, 0)
    server.start()
    try:
        pages = {}
        for name in ("", "room.js", "room.css"):
            status, body = _fetch(server.page_url + name)
            pages[name or "index.html"] = [status, len(body)]
        status, _ = _fetch(server.short_url)  # redirected to the page
        report["room"] = {"host": server.host, "pages": pages, "short_address": status}
    finally:
        server.stop()
    report["room_stopped"] = not server.running
    return report


def _tagged_pdf() -> dict[str, object]:
    """A PDF/UA-1 page laid out by WeasyPrint on the Pango inside the build (its tags are
    read back by the frozen tests: ``pdfinfo`` on the exported summary)."""
    from dialogtool.core.summary.document import Heading, Paragraph, Run, SummaryDoc
    from dialogtool.export.tagged_pdf import render_tagged_pdf, tagged_pdf_unavailable

    if reason := tagged_pdf_unavailable():  # the app would fall back to Qt's untagged PDF
        raise RuntimeError(f"no tagged PDF: {reason} (is Pango on the build machine?)")
    blocks = (Heading(1, "Selvtjek"), Paragraph((Run("Blåbærgrød med æøå"),)))
    data = render_tagged_pdf(SummaryDoc(title="Selvtjek", lang="da", blocks=blocks))
    report: dict[str, object] = {"bytes": len(data), "pdf": data.startswith(b"%PDF-1.7")}
    maps = Path("/proc/self/maps")  # Linux: which Pango was loaded, the program's own or not
    if maps.exists():
        loaded = {line.split()[-1] for line in maps.read_text().splitlines() if "libpango-" in line}
        inside = str(Path(getattr(sys, "_MEIPASS", sys.prefix)))
        report["pango_inside"] = bool(loaded) and all(p.startswith(inside) for p in loaded)
    return report


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: dialogtool-cli --frozen-self-check DATA_FILE FOLDER", file=sys.stderr)
        return 2
    try:
        report = check(Path(argv[0]), Path(argv[1]))
    except Exception as exc:  # the point is to say what is missing, whatever it is
        print(f"self-check failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(report, ensure_ascii=False))
    return 0
