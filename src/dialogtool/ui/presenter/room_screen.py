"""The room's part of the audience window: how to join, and the answers once revealed.

Every text is set as plain text: what a phone wrote is never read as markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from dialogtool.core.room.views import Shown

#: The QR code's side on the room's screen: scannable across a meeting room, and small
#: enough to leave the question and the speaking order their room at 1024×768.
QR_SIDE = 168


def _plain(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class RoomScreen(QWidget):
    """Placed in the audience window's column; hidden while there is nothing to show."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("roomScreen")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.join = QFrame()
        self.join.setObjectName("roomJoin")
        self.join.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self.join)
        row.setContentsMargins(0, 0, 0, 0)
        self.qr = QLabel()
        self.qr.setObjectName("roomQr")
        self.qr.setAccessibleName(self.tr("QR-kode til at deltage"))
        self.qr.setFixedSize(QR_SIDE, QR_SIDE)  # never squeezed: a cut code cannot be read
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        self.join_text = _plain("audienceSmall")
        self.code = _plain("audienceQuestion")
        self.address = _plain("audienceSmall")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        for label in (self.join_text, self.code, self.address):
            words.addWidget(label)
        words.addStretch(1)
        row.addLayout(words, 1)
        column.addWidget(self.join)
        self.answers_title = _plain("audienceCaption")
        self.answers = _plain("audienceText")
        column.addWidget(self.answers_title)
        column.addWidget(self.answers)
        self._join_wanted = False
        self.show_join(None)
        self.show_answers(None)

    def show_join(self, join: tuple[bytes, str, str] | None) -> None:
        """The QR code (PNG), the join code and the short address; None hides them."""
        self._join_wanted = join is not None
        if join is not None:
            png, code, address = join
            pixmap = QPixmap()
            pixmap.loadFromData(png, "PNG")
            self.qr.setPixmap(pixmap)  # drawn at whole pixels per module: never scaled
            self.join_text.setText(
                self.tr("Deltag anonymt fra din telefon: skan koden, eller gå til")
            )
            self.address.setText(address)
            self.code.setText(self.tr("Kode: %1").replace("%1", code))
        self._update()

    def show_answers(self, shown: Shown | None) -> None:
        """The revealed answers take the join box's place (the code stays on the leader's tab)."""
        self.answers_title.setVisible(shown is not None)
        self.answers.setVisible(shown is not None)
        if shown is not None:
            title = self.tr("Rummets svar")
            self.answers_title.setText(f"{title}: {shown.title}" if shown.title else title)
            self.answers.setText("\n".join(f"• {line}" for line in shown.lines))
        self._update()

    def _update(self) -> None:
        self.join.setVisible(self._join_wanted and self.answers.isHidden())
        self.setVisible(not self.join.isHidden() or not self.answers.isHidden())
