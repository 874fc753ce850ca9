"""The Qt user interface: presents and edits the core's records, holds no method rules."""
