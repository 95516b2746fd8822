"""Render the app icon (reader/resources/icons/io.github.lexsinica.Reader.svg) to every
size the platforms need: PNGs 16..512 (Linux hicolor theme, the window icon), a Windows .ico and a macOS
.icns. Uses Qt's SVG renderer (PySide6 is a dependency already) and Pillow.

    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent / "icons"
SVG = HERE.parent.parent / "reader" / "resources" / "icons" / "io.github.lexsinica.Reader.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SVG}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in SIZES}
    (HERE / "png").mkdir(exist_ok=True)
    for size, img in images.items():
        img.save(HERE / "png" / f"{size}x{size}.png", optimize=True)
    # Windows: one .ico with the sizes Explorer and the taskbar use.
    images[256].save(
        HERE / "lexsinica-reader.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    )
    # macOS: Pillow writes the icns variants it can make from the largest image.
    images[512].save(HERE / "lexsinica-reader.icns")
    print(f"icons written to {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
