"""The network interfaces the leader can let the room in on (IPv4, real ones first).

Laptops carry virtual adapters (Docker, VirtualBox, VPNs, WSL) that phones can never
reach; they are listed last and marked, so the leader picks the Wi-Fi or the hotspot.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

VIRTUAL_HINTS = (
    "docker",
    "br-",
    "veth",
    "virbr",
    "vbox",
    "virtualbox",
    "vmnet",
    "vmware",
    "hyper-v",
    "vethernet",
    "wsl",
    "tun",
    "tap",
    "tailscale",
    "zerotier",
    "wireguard",
    "wg",
    "utun",
    "lxc",
    "lxd",
)


@dataclass(frozen=True)
class Interface:
    name: str
    address: str
    virtual: bool
    loopback: bool

    @property
    def label(self) -> str:
        return f"{self.name} – {self.address}"


def classify(name: str, address: str) -> Interface | None:
    """An interface worth listing, or None (link-local and non-IPv4 addresses are not)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return None
    if ip.version != 4 or ip.is_link_local or ip.is_unspecified or ip.is_multicast:
        return None
    lowered = name.lower()
    virtual = any(lowered.startswith(h) or f" {h}" in lowered for h in VIRTUAL_HINTS)
    return Interface(name, address, virtual, ip.is_loopback)


def list_interfaces() -> list[Interface]:
    """The machine's IPv4 interfaces: real first, then virtual, loopback last."""
    import ifaddr  # small and pure Python; loaded only when participation is turned on

    found: list[Interface] = []
    for adapter in ifaddr.get_adapters():
        name = adapter.nice_name or adapter.name
        for ip in adapter.ips:
            if isinstance(ip.ip, str):
                interface = classify(str(name), ip.ip)
                if interface is not None and interface not in found:
                    found.append(interface)
    return sorted(found, key=lambda i: (i.loopback, i.virtual, i.name))
