"""The summary as a small tree of blocks, so each export format is only a renderer.

All text in a document is plain text as the user wrote it; renderers escape it.
A newline inside a run is a line break.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from dialogtool.core.i18n import Lang
from dialogtool.core.record import IndicatorSnapshot
from dialogtool.core.slides import DataView

Style = Literal["plain", "bold", "italic"]


@dataclass(frozen=True)
class Run:
    text: str
    style: Style = "plain"


Inline = tuple[Run, ...]


@dataclass(frozen=True)
class Heading:
    level: int  # 1 is the document title
    text: str


@dataclass(frozen=True)
class Paragraph:
    runs: Inline


@dataclass(frozen=True)
class Item:
    runs: Inline
    #: A to-do box: None for a plain bullet, else whether it is ticked.
    checked: bool | None = None
    children: tuple[Inline, ...] = ()


@dataclass(frozen=True)
class BulletList:
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Chart:
    """An indicator as the room saw it: the numbers, and its context in words.

    ``caption`` is the latest/previous/target line and ``trust`` the source line
    (``core.context``); a renderer that cannot draw shows those two.
    """

    snapshot: IndicatorSnapshot
    group: str
    #: Whether the chart was on the screen (a predict-first chart may never have been revealed).
    shown: bool
    caption: str
    trust: str
    #: How the room saw it last: over time, against the other groups, or the latest bars.
    view: DataView = DataView.TREND


Block = Heading | Paragraph | BulletList | Table | Chart


@dataclass(frozen=True)
class SummaryDoc:
    title: str
    lang: Lang
    blocks: tuple[Block, ...]
    #: The meeting's kind, date and team in one line: a page header.
    meta: str = ""
