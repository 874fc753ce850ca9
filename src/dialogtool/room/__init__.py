"""The room's own network: the participation web server, its interfaces and its QR code.

Imported only when the leader turns *Rummet deltager* on, so start-up never pays for
aiohttp. The rules (who may answer what, what is shown) live in ``core.room``.
"""
