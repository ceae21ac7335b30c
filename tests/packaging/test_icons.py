"""The icon files: containers readable by their platforms, and in step with the SVG."""

from __future__ import annotations

import struct

import pytest

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def ico_images(data: bytes) -> list[tuple[int, int, bytes]]:
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    images = []
    for index in range(count):
        width, height, _, _, planes, bits, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert (planes, bits) == (1, 32)
        images.append((width or 256, height or 256, data[offset : offset + size]))
    return images


def icns_elements(data: bytes) -> dict[bytes, bytes]:
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    elements = {}
    position = 8
    while position < len(data):
        kind = data[position : position + 4]
        (length,) = struct.unpack(">I", data[position + 4 : position + 8])
        assert length > 8
        elements[kind] = data[position + 8 : position + length]
        position += length
    assert position == len(data)
    return elements


def test_ico_holds_every_windows_size_as_png(repo_root, make_icons):
    images = ico_images((repo_root / "resources" / "icons" / "timeline.ico").read_bytes())
    assert [(w, h) for w, h, _ in images] == [(s, s) for s in make_icons.ICO_SIZES]
    for width, height, png in images:
        assert make_icons.png_size(png) == (width, height)


def test_icns_holds_each_type_at_its_pixel_size(repo_root, make_icons):
    elements = icns_elements((repo_root / "resources" / "icons" / "timeline.icns").read_bytes())
    assert list(elements) == [kind for kind, _ in make_icons.ICNS_TYPES]
    for kind, size in make_icons.ICNS_TYPES:
        assert make_icons.png_size(elements[kind]) == (size, size), kind


def test_ico_writer_rejects_images_larger_than_the_format_allows(make_icons):
    too_big = PNG_SIGNATURE + struct.pack(">I", 13) + b"IHDR" + struct.pack(">II", 512, 512)
    with pytest.raises(ValueError, match="256"):
        make_icons.ico_bytes([too_big])


def test_qt_reads_the_ico_and_icns(qapp, repo_root, make_icons):
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(repo_root / "resources" / "icons" / "timeline.ico"))
    assert reader.imageCount() == len(make_icons.ICO_SIZES)
    assert not reader.read().isNull()
    icns = QImageReader(str(repo_root / "resources" / "icons" / "timeline.icns"))
    if icns.format() != b"icns":
        pytest.skip("this Qt has no ICNS image plugin")
    assert not icns.read().isNull()


def channel_distance(first: int, second: int) -> int:
    """The largest difference in any of the A, R, G, B bytes of two ARGB32 pixels."""
    return max(abs(((first >> shift) & 255) - ((second >> shift) & 255)) for shift in (0, 8, 16, 24))


@pytest.mark.parametrize("size", [16, 48, 256])
def test_committed_pngs_match_the_svg(qapp, repo_root, make_icons, size):
    """Someone edited timeline.svg without running packaging/make_icons.py."""
    from PySide6.QtGui import QImage

    fresh = QImage.fromData(make_icons.render_png(make_icons.SVG, size))
    committed = QImage(str(make_icons.hicolor_path(repo_root / "resources" / "icons", size)))
    fresh = fresh.convertToFormat(QImage.Format.Format_ARGB32)
    committed = committed.convertToFormat(QImage.Format.Format_ARGB32)
    assert committed.size() == fresh.size()
    differing = sum(
        1 for y in range(size) for x in range(size) if channel_distance(fresh.pixel(x, y), committed.pixel(x, y)) > 8
    )
    # Tolerance for antialiasing differences between Qt versions, not for a changed drawing.
    assert differing <= size * size // 100


def test_icon_is_visible_at_16_px(qapp, repo_root, make_icons):
    """At the smallest size the glyph must still have light marks on the dark tile."""
    from PySide6.QtGui import QImage

    image = QImage(str(make_icons.hicolor_path(repo_root / "resources" / "icons", 16)))
    opaque = [image.pixelColor(x, y) for y in range(16) for x in range(16)]
    lightness = [color.lightness() for color in opaque if color.alpha() == 255]
    assert max(lightness) - min(lightness) > 120
