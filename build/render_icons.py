"""Render the app icon (clientjournal/resources/icons/clientjournal.svg) to PNGs for the hicolor icon theme.

    .venv/bin/python build/render_icons.py OUT_DIR [SIZE …]

writes OUT_DIR/<size>x<size>/apps/clientjournal.png for each size (default 16 to 512) with Qt's
own SVG renderer (PySide6's QtSvg from the project's .venv), offscreen: no display needed.
build/package.sh calls it while staging the Debian package.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
SVG = (
    Path(__file__).resolve().parents[1]
    / "clientjournal"
    / "resources"
    / "icons"
    / "clientjournal.svg"
)


def render(out_dir: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: cannot read {SVG}")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = out_dir / f"{size}x{size}" / "apps" / "clientjournal.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"render_icons: cannot write {target}")
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    sizes = tuple(int(size) for size in argv[1:]) or SIZES
    for path in render(Path(argv[0]), sizes):
        print(f"render_icons: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
