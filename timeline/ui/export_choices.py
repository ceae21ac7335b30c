"""The export dialog's choices by the names it shows: formats, picture sizes, pages, lanes."""

from __future__ import annotations

from timeline.export.options import ExportFormat
from timeline.ui.i18n import translatable

# Tables of display names, marked for the string extractor and translated where they are
# shown (tr(FORMAT_NAMES[fmt])).
FORMAT_NAMES: dict[ExportFormat, str] = {
    ExportFormat.PNG: translatable("PNG image"),
    ExportFormat.SVG: translatable("SVG drawing (text stays text)"),
    ExportFormat.PDF: translatable("PDF document (vector, paged)"),
    ExportFormat.CSV: translatable("CSV table of events and sources"),
    ExportFormat.JSON: translatable("JSON, every field"),
    ExportFormat.TIMELINEJS: translatable("TimelineJS JSON (web page)"),
}
SIZE_PRESETS: tuple[tuple[str, tuple[int, int] | None], ...] = (
    (translatable("1920 × 1080 (Full HD slide)"), (1920, 1080)),
    (translatable("3840 × 2160 (4K)"), (3840, 2160)),
    (translatable("1280 × 720 (HD)"), (1280, 720)),
    (translatable("1600 × 1200 (4:3 slide)"), (1600, 1200)),
    (translatable("Custom"), None),
)
PAGE_NAMES = {"a4": translatable("A4"), "letter": translatable("US Letter"), "16:9": translatable("16:9 slide")}
LANE_NAMES = {"none": translatable("One lane"), "article": translatable("By article"),
              "outlet": translatable("By outlet"), "tag": translatable("By tag")}
