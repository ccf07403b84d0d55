"""Render the application icon's PNG sizes from its SVG (run again after editing the SVG).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py

QtSvg ships in PySide6-Essentials, so no other tool is needed. The PNGs are committed: the
window and the desktop file use them, and the frozen build needs no SVG support for its icon.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICON_NAME = "factcheck-annotator"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HICOLOR = Path(__file__).resolve().parents[1] / "resources" / "icons" / "hicolor"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication(sys.argv[:1])
    source = HICOLOR / "scalable" / "apps" / f"{ICON_NAME}.svg"
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        print(f"cannot read {source}", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{ICON_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
        print(target.relative_to(HICOLOR.parents[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
