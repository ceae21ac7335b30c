"""Rendered timelines of a fixed event set, compared with reference images within a tolerance.

The references in tests/render/references/ were drawn with the bundled DejaVu Sans, so
they do not depend on the machine's fonts. After an intended change of the drawing,
regenerate them and look at them before committing:

    TIMELINE_REGENERATE_REFERENCES=1 .venv/bin/python -m pytest tests/render
"""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontDatabase, QImage, QPainter

from timeline.domain.granularity import Granularity
from timeline.present.grouping import ArticleInfo, Grouping
from timeline.present.synthetic_events import make_event
from timeline.render.timeline_painter import layout_for_rect, paint_timeline
from timeline.render.timeline_style import (
    TimelineStyle,
    dark_style,
    high_contrast_style,
    light_style,
)

REFERENCES = Path(__file__).parent / "references"
FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
REGENERATE = bool(os.environ.get("TIMELINE_REGENERATE_REFERENCES"))
TOLERANCE = 0.004  # share of pixels allowed to differ noticeably (antialiasing, rounding)
CHANNEL_STEP = 40  # a pixel differs when a channel moves more than this

# The seed story's events as SEEDS.md lists them, plus the dated context around them.
EVENTS = [
    make_event("warrant", "ICC issues arrest warrant for Putin", date(2023, 3, 17),
               sources=3, articles=("001", "002", "003")),
    make_event("warrant-week", "ICC warrant (last week)", date(2023, 3, 13), Granularity.WEEK,
               last=date(2023, 3, 19), implied=True, articles=("003",)),
    make_event("meeting", "Putin and Xi meet in the Kremlin", date(2023, 3, 20), sources=5,
               articles=("000", "001", "002", "003", "004")),
    make_event("talks", "Broader talks", date(2023, 3, 21), sources=3, implied=True,
               articles=("000", "001", "002")),
    make_event("until", "Visit set to last until Wednesday", date(2023, 3, 22), implied=True,
               articles=("004",)),
    make_event("visit", "Three-day state visit", date(2023, 3, 20), last=date(2023, 3, 22),
               articles=("004",)),
    make_event("election", "Russian presidential election", date(2024, 3, 1), Granularity.MONTH,
               last=date(2024, 3, 31), sources=4, articles=("000", "001", "003", "004")),
    make_event("proposal", "China's peace proposal", date(2023, 2, 1), Granularity.MONTH,
               last=date(2023, 2, 28), sources=2, articles=("000", "003")),
    make_event("third-term", "Xi's third term", date(2023, 3, 1), Granularity.MONTH,
               last=date(2023, 3, 31), sources=2, conflict=True, articles=("001", "002")),
    make_event("no-limits", "'No limits' partnership", date(2022, 1, 1), Granularity.YEAR,
               last=date(2022, 12, 31), implied=True, articles=("003",)),
    make_event("bakhmut", "Fighting in Bakhmut since last summer", date(2022, 6, 1),
               Granularity.SEASON, last=date(2022, 8, 31), articles=("003",)),
]
ARTICLES = {f"00{k}": ArticleInfo(f"Article {k}", outlet) for k, outlet in
            enumerate(("Reuters", "AP", "AP", "AFP", "Reuters"))}
WHOLE = (datetime(2021, 11, 1), datetime(2024, 5, 1))
WEEK = (datetime(2023, 3, 15), datetime(2023, 3, 24))
SIZE = (960, 300)


@pytest.fixture(scope="module", autouse=True)
def bundled_fonts(qapp):
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        assert QFontDatabase.addApplicationFont(str(FONTS / name)) >= 0


def render(style: TimelineStyle, span: tuple[datetime, datetime], *, ratio: float = 1.0,
           grouping: Grouping = Grouping.NONE, selected: str = "",
           for_export: bool = False) -> QImage:
    width, height = SIZE
    image = QImage(int(width * ratio), int(height * ratio), QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.white)
    layout = layout_for_rect(EVENTS, span[0], span[1], width, height, style, device=image,
                             grouping=grouping, articles=ARTICLES)
    painter = QPainter(image)
    paint_timeline(painter, QRectF(0, 0, width, height), layout, style,
                   selected_event_id=selected, for_export=for_export)
    painter.end()
    return image


def difference(first: QImage, second: QImage) -> float:
    """Share of pixels where some channel differs by more than CHANNEL_STEP."""
    assert (first.width(), first.height()) == (second.width(), second.height())
    a, b = (pixels(image) for image in (first, second))
    step = CHANNEL_STEP
    differing = sum(
        1 for offset in range(0, len(a), 4)
        if a[offset:offset + 3] != b[offset:offset + 3] and (
            abs(a[offset] - b[offset]) > step or abs(a[offset + 1] - b[offset + 1]) > step
            or abs(a[offset + 2] - b[offset + 2]) > step)
    )
    return differing / (first.width() * first.height())


def pixels(image: QImage) -> bytes:
    """RGBA bytes, copied while the converted image is still alive."""
    converted = image.convertToFormat(QImage.Format.Format_RGBA8888)
    data = bytes(converted.constBits())
    assert len(data) == converted.width() * converted.height() * 4
    return data


def check_reference(image: QImage, name: str) -> None:
    path = REFERENCES / f"{name}.png"
    if REGENERATE or not path.exists():
        REFERENCES.mkdir(exist_ok=True)
        image.save(str(path))
        if not REGENERATE:
            pytest.fail(f"no reference for {name}: wrote {path}; look at it, then commit it")
        return
    reference = QImage(str(path))
    share = difference(image, reference)
    if share > TOLERANCE:
        failed = path.with_name(f"{name}.actual.png")
        image.save(str(failed))
        pytest.fail(f"{name}: {share:.2%} of pixels differ (tolerance {TOLERANCE:.2%}); "
                    f"see {failed}")


@pytest.mark.parametrize(
    ("name", "style", "span", "grouping"),
    [
        ("whole-light", light_style, WHOLE, Grouping.NONE),
        ("week-light", light_style, WEEK, Grouping.NONE),
        ("week-dark", dark_style, WEEK, Grouping.NONE),
        ("whole-high-contrast", high_contrast_style, WHOLE, Grouping.NONE),
        ("week-by-outlet", light_style, WEEK, Grouping.OUTLET),
    ],
)
def test_rendering_matches_its_reference(name, style, span, grouping):
    check_reference(render(style(), span, grouping=grouping), name)


def test_export_leaves_out_the_selection():
    plain = render(light_style(), WEEK, for_export=True)
    selected = render(light_style(), WEEK, selected="meeting", for_export=True)
    on_screen = render(light_style(), WEEK, selected="meeting")
    assert difference(plain, selected) == 0
    assert difference(plain, on_screen) > 0


def test_twice_the_pixel_ratio_draws_the_same_picture_sharper():
    normal = render(light_style(), WEEK)
    sharp = render(light_style(), WEEK, ratio=2.0)
    assert (sharp.width(), sharp.height()) == (2 * SIZE[0], 2 * SIZE[1])
    halved = sharp.scaled(SIZE[0], SIZE[1], Qt.AspectRatioMode.IgnoreAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
    halved.setDevicePixelRatio(1.0)
    # Same shapes in the same places: only edge antialiasing differs.
    assert difference(normal, halved) < 0.03


def ink_columns(image: QImage, x0: int, x1: int) -> int:
    """How many columns in [x0, x1) hold a dark pixel (text) anywhere above the axis."""
    found = 0
    for x in range(x0, x1):
        if any(image.pixelColor(x, y).lightness() < 100 for y in range(0, SIZE[1] - 60)):
            found += 1
    return found


def test_a_label_that_would_run_off_the_right_edge_is_left_out_unless_selected():
    events = [make_event("late", "A label far too long to end before the edge", date(2023, 3, 23))]
    width, height = SIZE
    image = {}
    for selected in ("", "late"):
        picture = QImage(width, height, QImage.Format.Format_ARGB32)
        picture.fill(Qt.GlobalColor.white)
        layout = layout_for_rect(events, datetime(2023, 3, 15), datetime(2023, 3, 24), width, height,
                                 light_style(), device=picture)
        painter = QPainter(picture)
        paint_timeline(painter, QRectF(0, 0, width, height), layout, light_style(), selected_event_id=selected)
        painter.end()
        [mark] = layout.marks
        assert mark.label_x + mark.full_width > width  # it would be cut
        image[selected] = ink_columns(picture, int(mark.label_x) + 2, width)
    assert image[""] == 0, "a cut label was drawn"
    assert image["late"] > 20, "the selected event's label must show"
