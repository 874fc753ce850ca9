"""The join address as a QR code, drawn here (segno: pure Python, no network, well kept)."""

from __future__ import annotations

import io

BORDER = 2


def qr_png(text: str, side: int = 168) -> bytes:
    """A PNG at most ``side`` pixels wide, every module the same whole number of pixels."""
    import segno

    code = segno.make(text, error="m", micro=False)
    modules = code.symbol_size(scale=1, border=BORDER)[0]
    scale = max(1, side // modules)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=BORDER, dark="#000000", light="#ffffff")
    return buffer.getvalue()
