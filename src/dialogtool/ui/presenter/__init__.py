"""Presenting a meeting: the audience window on the projector, the presenter controls.

``controller.Presenter`` ties them to the open meeting view; ``keys`` says which
key does what from either window.
"""
