"""The interface list: the Wi-Fi first, virtual adapters marked, link-local and IPv6 left out."""

from __future__ import annotations

from dialogtool.room.interfaces import classify, list_interfaces


def test_virtual_adapters_are_marked_and_unreachable_addresses_left_out() -> None:
    wifi = classify("wlp2s0", "192.168.1.23")
    assert wifi is not None and not wifi.virtual and not wifi.loopback
    for name in ("docker0", "vEthernet (WSL)", "VirtualBox Host-Only Network", "tailscale0"):
        found = classify(name, "172.17.0.1")
        assert found is not None and found.virtual, name
    loopback = classify("lo", "127.0.0.1")
    assert loopback is not None and loopback.loopback
    assert classify("Wi-Fi", "169.254.10.2") is None, "link-local: no network"
    assert classify("Wi-Fi", "fe80::1") is None
    assert classify("Wi-Fi", "not an address") is None


def test_this_machine_lists_loopback_last() -> None:
    found = list_interfaces()
    assert found, "at least loopback"
    assert found[-1].loopback
    assert [i.loopback for i in found] == sorted(i.loopback for i in found)
