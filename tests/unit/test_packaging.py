"""The files desktops and installers read: desktop entry, AppStream metainfo and icons.

The validators are Debian's desktop-file-utils and appstream (scripts/install-system.sh
installs them); without them the validation tests skip, except on CI where they fail.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from reader.app import APP_ID

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = PACKAGING / "icons"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{name} is missing (scripts/install-system.sh installs it)")
        pytest.skip(f"{name} is not installed")
    return path


def test_desktop_file_validates() -> None:
    res = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert res.returncode == 0, res.stdout + res.stderr
    assert "error" not in (res.stdout + res.stderr).lower()


def test_metainfo_validates() -> None:
    res = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stdout + res.stderr


def test_one_id_everywhere() -> None:
    entry = DESKTOP.read_text(encoding="utf-8")
    assert f"Icon={APP_ID}\n" in entry
    assert "Exec=lexsinica-reader" in entry  # the name of the frozen executable
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert (ROOT / "reader" / "resources" / "icons" / f"{APP_ID}.svg").is_file()
    spec = (PACKAGING / "lexsinica-reader.spec").read_text(encoding="utf-8")
    assert f'bundle_identifier="{APP_ID}"' in spec
    assert 'name="lexsinica-reader"' in spec


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_icon_sizes(size: int) -> None:
    assert _png_size(ICONS / "png" / f"{size}x{size}.png") == (size, size)


def test_windows_icon_holds_the_taskbar_and_explorer_sizes() -> None:
    data = (ICONS / "lexsinica-reader.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        w, h = data[6 + 16 * i], data[7 + 16 * i]
        sizes.add((w or 256, h or 256))  # 0 means 256
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes


def test_macos_icon_is_an_icns_with_a_large_image() -> None:
    data = (ICONS / "lexsinica-reader.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    kinds = set()
    pos = 8
    while pos < len(data):
        kinds.add(data[pos : pos + 4])
        pos += struct.unpack(">I", data[pos + 4 : pos + 8])[0]
    assert kinds & {b"ic09", b"ic10", b"ic08"}  # 512 px (or 256) for Retina docks
