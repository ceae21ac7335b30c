"""Renders resources/icons/timeline.svg into the PNG, ICO and ICNS icons the installers need.

Run from the repository root after changing the SVG:
    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
The outputs are committed, so building a bundle never needs this script.
"""

from __future__ import annotations

import struct
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
ICONS = REPO_ROOT / "resources" / "icons"
SVG = ICONS / "timeline.svg"

PNG_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)  # 256 is the ICO format's ceiling

# ICNS element types holding PNG data, by pixel size. The @2x types repeat a size for Retina
# displays; macOS picks by type, so one PNG may appear under two types.
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def hicolor_path(root: Path, size: int) -> Path:
    """Where the freedesktop icon theme layout puts an app icon of this size."""
    return root / "hicolor" / f"{size}x{size}" / "apps" / "timeline.png"


def render_png(svg_path: Path, size: int) -> bytes:
    """The SVG drawn on a transparent square of `size` pixels, encoded as PNG.

    Needs a QGuiApplication to exist (see write_icons).
    """
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg_path))
    if not renderer.isValid():
        raise ValueError(f"{svg_path} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise OSError(f"could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (always the first chunk)."""
    if not png.startswith(PNG_SIGNATURE) or png[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def ico_bytes(pngs: Sequence[bytes]) -> bytes:
    """A Windows .ico holding each PNG as one image (PNG entries: Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))  # reserved, type 1 = icon, image count
    offset = len(header) + 16 * len(pngs)
    entries = b""
    for png in pngs:
        width, height = png_size(png)
        if width > 256 or height > 256:
            raise ValueError(f"ICO images are at most 256 px, got {width}x{height}")
        # A size byte of 0 means 256: the field is one byte wide.
        entries += struct.pack("<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(pngs)


def icns_bytes(pngs_by_type: Mapping[bytes, bytes]) -> bytes:
    """A macOS .icns: a big-endian length-prefixed list of (type, length, PNG) elements."""
    elements = b""
    for kind, png in pngs_by_type.items():
        if len(kind) != 4:
            raise ValueError(f"ICNS element types are four bytes, got {kind!r}")
        elements += kind + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def write_icons(svg_path: Path = SVG, out_dir: Path = ICONS) -> list[Path]:
    """Writes every PNG size, the .ico and the .icns; returns the paths written."""
    from PySide6.QtGui import QGuiApplication

    # Held in a local for the whole render: QPainter on a QImage needs a GUI application.
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(svg_path, size) for size in sizes}
    written = []
    for size in PNG_SIZES:
        path = hicolor_path(out_dir, size)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    ico = out_dir / "timeline.ico"
    ico.write_bytes(ico_bytes([pngs[size] for size in ICO_SIZES]))
    icns = out_dir / "timeline.icns"
    icns.write_bytes(icns_bytes({kind: pngs[size] for kind, size in ICNS_TYPES}))
    del app
    return [*written, ico, icns]


def main() -> int:
    for path in write_icons():
        print(path.relative_to(REPO_ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
