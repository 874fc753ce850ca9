"""The join address as a QR code, drawn here (segno: pure Python, no network, well kept)."""

from __future__ import annotations

import io


def qr_png(text: str, scale: int = 8) -> bytes:
    import segno

    code = segno.make(text, error="m", micro=False)
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=2, dark="#000000", light="#ffffff")
    return buffer.getvalue()
