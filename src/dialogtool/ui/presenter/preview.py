"""Look before the room sees: the next step's slide, small, on the leader's screen only.

A small window over the presenter's bar (click *Næste: …* in the bar to open or
close it). It never takes the keyboard, so the clicker's keys go on working. The slide is laid out by a second audience window that is never
put on a screen (``WA_DontShowOnScreen``) at the projector's base size, then
grabbed and scaled. It is drawn only while the popup is open, and again only when
the next slide differs from the one drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QMouseEvent, QPixmap
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from dialogtool.core.slides import Slide
from dialogtool.ui.presenter.audience import BASE_SIZE, AudienceWindow

#: The picture's width on the leader's screen (4:3, as the projector's base size).
WIDTH = 480


class NextPreview(QFrame):
    def __init__(self, host: QWidget) -> None:
        flags = Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
        super().__init__(host, flags | Qt.WindowType.WindowStaysOnTopHint)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("nextPreview")
        self.setFrameShape(QFrame.Shape.Box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        self.caption = QLabel()
        self.caption.setObjectName("previewCaption")
        self.caption.setWordWrap(True)
        self.picture = QLabel()
        self.picture.setObjectName("previewPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.picture.setFixedSize(WIDTH, WIDTH * BASE_SIZE.height() // BASE_SIZE.width())
        layout.addWidget(self.caption)
        layout.addWidget(self.picture, 1)
        self._host = host
        self._renderer: AudienceWindow | None = None
        self._drawn: Slide | None = None
        self._full = QPixmap()

    def show_next(self, title: str, slide: Slide | None) -> None:
        """Show ``slide`` as the room would see it (None: this is the last step)."""
        if slide is None:
            self.caption.setText(self.tr("Dette er mødets sidste trin."))
            self._full = QPixmap()
            self._drawn = None
            self.picture.clear()
            return
        self.caption.setText(
            self.tr(
                "Næste: %1 – kun på din skærm, gruppen ser det først, når du går videre."
            ).replace("%1", title)
        )
        if slide == self._drawn:
            return
        renderer = self._renderer_window()
        renderer.show_slide(slide)
        renderer.draw_chart_now()
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # laid out before taken
        self._drawn = slide
        self._full = renderer.grab()
        self._fit()

    def _renderer_window(self) -> AudienceWindow:
        if self._renderer is None:
            renderer = AudienceWindow(self._host)
            renderer.setObjectName("previewRenderer")
            renderer.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            renderer.setFixedSize(BASE_SIZE)  # the projector's size, whatever the slide holds
            renderer.show()  # laid out and "visible", but never mapped on a screen
            self._renderer = renderer
        return self._renderer

    def _fit(self) -> None:
        if self._full.isNull():
            return
        size = self.picture.size()
        self.picture.setPixmap(
            self._full.scaled(
                size * self.devicePixelRatioF(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on the preview puts it away."""
        self.hide()
        event.accept()

    def show_above(self, anchor: QWidget) -> None:
        """Open just above ``anchor`` (the bar's *Næste* line), inside its screen."""
        self.adjustSize()
        corner = anchor.mapToGlobal(QPoint(0, 0))
        area = anchor.screen().availableGeometry()
        x = min(max(area.left(), corner.x()), area.right() - self.width())
        y = max(area.top(), corner.y() - self.height() - 4)
        self.move(x, y)
        self.show()
