"""The application layer: the user's actions as plain methods, without Qt.

The UI, the CLI and the tests use the same objects here; they own the store, the
history index, the library, the landscapes and the mapping memory, and keep the
index current after every write.
"""
