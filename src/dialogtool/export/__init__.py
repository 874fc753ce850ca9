"""Exports that need Qt to draw: the charts as pictures, the PDF and the printout.

The Qt-free renderers (Markdown, HTML, text, DOCX, iCalendar, e-mail) live in
``core.summary``; this package gives them pictures and paints the paged formats.
"""
