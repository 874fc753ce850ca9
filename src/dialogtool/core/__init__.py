"""The Qt-free core: records, storage, datasets, the method library and exports.

Nothing in this package may import PySide6 or pyqtgraph; a test enforces it.
"""
