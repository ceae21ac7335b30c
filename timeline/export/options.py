"""What the analyst asked for: format, scope, size or page, title. Plain data, checked on creation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from timeline.export.scope import TimeRange


class ExportFormat(StrEnum):
    PNG = "png"
    SVG = "svg"
    PDF = "pdf"
    CSV = "csv"
    JSON = "json"
    TIMELINEJS = "timelinejs"

    @property
    def is_picture(self) -> bool:
        return self in (ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF)

    @property
    def suffix(self) -> str:
        return ".json" if self is ExportFormat.TIMELINEJS else f".{self.value}"


# Page sizes in points (1/72 inch), portrait. 16:9 is a widescreen slide, 13.333 x 7.5 in.
PAGE_SIZES_PT: dict[str, tuple[float, float]] = {
    "a4": (595.276, 841.890),
    "letter": (612.0, 792.0),
    "16:9": (540.0, 960.0),
}
# Pages are composed in CSS pixels (1/96 inch), so the timeline's screen sizes read the
# same in print: a 12 px label is 9 pt on paper.
LAYOUT_UNITS_PER_INCH = 96
ORIENTATIONS = ("landscape", "portrait")
LANE_CHOICES = ("none", "article", "outlet", "tag")  # present.grouping.Grouping values
MAX_PAGES = 200  # a briefing, not a book
MAX_PIXELS = 16384  # per side; QImage and memory both give up well before the sky


def format_for_path(path: str | Path, *, timelinejs: bool = False) -> ExportFormat:
    suffix = Path(path).suffix.lower().lstrip(".")
    if timelinejs:
        if suffix != "json":
            raise ValueError(f"TimelineJS data is JSON: name the file .json, not {Path(path).name}")
        return ExportFormat.TIMELINEJS
    try:
        return ExportFormat(suffix)
    except ValueError:
        known = ", ".join(f".{f.value}" for f in ExportFormat if f is not ExportFormat.TIMELINEJS)
        raise ValueError(f"cannot tell the format of {Path(path).name}: use one of {known}") from None


def parse_size(text: str) -> tuple[int, int]:
    """'1920x1080' -> (1920, 1080)."""
    parts = text.lower().replace("×", "x").split("x")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        raise ValueError(f"size must look like 1920x1080, not {text!r}")
    width, height = (int(p) for p in parts)
    return width, height


@dataclass(frozen=True, slots=True)
class ExportOptions:
    format: ExportFormat
    title: str = "Timeline"
    subtitle: str | None = None  # None: the date range and counts, worded by the export
    span: TimeRange | None = None  # None: pictures the story's span, data the whole corpus
    width: int = 1920  # layout size in pixels for PNG and SVG
    height: int = 1080
    scale: float = 1.0  # PNG pixels per layout pixel (2 gives a 3840x2160 image of a 1080p layout)
    dpi: int | None = None  # PNG only: render the page (below) at this print resolution
    page: str = "a4"  # PDF, and PNG with dpi
    orientation: str = "landscape"
    lanes: str = "none"  # split the band by "article", "outlet" or "tag", as the view can
    # Pictures: the `top` most important events (0: as many as fit) with at least
    # `min_sources` sources, those that fit one page; `pages` > 1 splits a PDF's range.
    top: int = 25
    min_sources: int = 0
    pages: int = 1

    def __post_init__(self) -> None:
        if self.width < 320 or self.height < 200:
            raise ValueError(f"{self.width}x{self.height} is too small to read; use at least 320x200")
        if not 0.25 <= self.scale <= 8:
            raise ValueError(f"scale {self.scale} is out of range (0.25 to 8)")
        if self.dpi is not None and not 36 <= self.dpi <= 1200:
            raise ValueError(f"{self.dpi} dpi is out of range (36 to 1200)")
        if self.page not in PAGE_SIZES_PT:
            raise ValueError(f"unknown page {self.page!r}: use {', '.join(PAGE_SIZES_PT)}")
        if self.orientation not in ORIENTATIONS:
            raise ValueError(f"orientation must be landscape or portrait, not {self.orientation!r}")
        if self.top < 0 or self.min_sources < 0:
            raise ValueError("top and min_sources must be 0 or more")
        if not 1 <= self.pages <= MAX_PAGES:
            raise ValueError(f"pages must be 1 to {MAX_PAGES}, not {self.pages}")
        if self.lanes not in LANE_CHOICES:
            raise ValueError(f"lanes must be one of {', '.join(LANE_CHOICES)}, not {self.lanes!r}")
        width, height = self.pixel_size
        if max(width, height) > MAX_PIXELS:
            raise ValueError(f"{width}x{height} pixels is more than {MAX_PIXELS} on a side")

    @property
    def page_size_pt(self) -> tuple[float, float]:
        """The page in points, turned to the chosen orientation."""
        short, long = sorted(PAGE_SIZES_PT[self.page])
        return (long, short) if self.orientation == "landscape" else (short, long)

    @property
    def uses_page(self) -> bool:
        return self.format is ExportFormat.PDF or (self.format is ExportFormat.PNG and self.dpi is not None)

    @property
    def layout_size(self) -> tuple[float, float]:
        """The size the page is composed in: 1/96 inch on a page, pixels for a screen picture."""
        if self.uses_page:
            width_pt, height_pt = self.page_size_pt
            return width_pt * LAYOUT_UNITS_PER_INCH / 72, height_pt * LAYOUT_UNITS_PER_INCH / 72
        return float(self.width), float(self.height)

    @property
    def pixel_size(self) -> tuple[int, int]:
        """The PNG's size in pixels."""
        if self.format is ExportFormat.PNG and self.dpi is not None:
            width_pt, height_pt = self.page_size_pt
            return round(width_pt * self.dpi / 72), round(height_pt * self.dpi / 72)
        return round(self.width * self.scale), round(self.height * self.scale)


def parse_date_bound(text: str, *, last: bool) -> date:
    """'2023', '2023-03' or '2023-03-17' as a day: the period's first day, or with `last`
    its last day, so that --from 2023-03 --to 2023-03 means all of March."""
    parts = text.strip().split("-")
    try:
        if len(parts) == 1 and len(parts[0]) == 4:
            year = int(parts[0])
            return date(year, 12, 31) if last else date(year, 1, 1)
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            first = date(year, month, 1)
            if not last:
                return first
            following = date(year + month // 12, month % 12 + 1, 1)
            return following - timedelta(days=1)
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"not a date: {text!r} (use YYYY, YYYY-MM or YYYY-MM-DD)") from None
