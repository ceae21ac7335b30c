"""PNG, SVG and PDF: each paints the composed pages into its own Qt paint device."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import (
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtSvg import QSvgGenerator

from timeline import __version__
from timeline.export.options import LAYOUT_UNITS_PER_INCH, ExportOptions
from timeline.export.page_painter import paint_page
from timeline.export.pages import Page
from timeline.export.progress import CancelCheck, ProgressCallback, check_cancelled

PDF_RESOLUTION = 1200  # dots per inch of the PDF's coordinate grid: vector, so only precision
INCHES_PER_METRE = 39.3701


def render_image(page: Page, pixel_size: tuple[int, int], *, dpi: int | None = None) -> QImage:
    """The page as an image of exactly `pixel_size`, white where nothing is drawn."""
    width, height = pixel_size
    # Opaque: paper has no transparency, and a PNG without alpha is about a tenth smaller.
    image = QImage(width, height, QImage.Format.Format_RGB32)
    if image.isNull():
        raise MemoryError(f"not enough memory for a {width}x{height} image")
    image.fill(0xFFFFFFFF)
    if dpi is not None:
        dots_per_metre = round(dpi * INCHES_PER_METRE)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    try:
        painter.scale(width / page.frame.width, height / page.frame.height)
        paint_page(painter, page)
    finally:
        painter.end()
    return image


def png_bytes(page: Page, options: ExportOptions) -> bytes:
    image = render_image(page, options.pixel_size, dpi=options.dpi)
    return image_bytes(image, "PNG")


def image_bytes(image: QImage, format_name: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub types the format as bytes, but at run time only str is accepted here.
    if not image.save(buffer, format_name):  # type: ignore[call-overload]
        raise OSError(f"Qt could not encode the image as {format_name}")
    buffer.close()
    return bytes(data.data())


def svg_bytes(page: Page, *, title: str, description: str) -> bytes:
    """SVG with text as <text> in the named font; the same page gives the same bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    width, height = page.frame.width, page.frame.height
    # SVG 1.1, not Tiny 1.2: only 1.1 carries clip paths, which keep labels inside the band.
    generator = QSvgGenerator(QSvgGenerator.SvgVersion.Svg11)
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(width), round(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setResolution(LAYOUT_UNITS_PER_INCH)
    generator.setTitle(title)
    generator.setDescription(description)
    painter = QPainter(generator)
    try:
        paint_page(painter, page)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def page_size_for(options: ExportOptions) -> QPageSize:
    standard = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
    if options.page in standard:
        return QPageSize(standard[options.page])
    short, long = sorted(options.page_size_pt)
    return QPageSize(QSizeF(short, long), QPageSize.Unit.Point, "16:9 slide",
                     QPageSize.SizeMatchPolicy.ExactMatch)


def paint_pages(
    device: QPagedPaintDevice,
    pages: Sequence[Page],
    *,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> None:
    """Paint each page on its own sheet of a PDF writer or printer, scaled to fill it."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("could not start painting on the page device (is the printer available?)")
    try:
        for number, page in enumerate(pages, start=1):
            check_cancelled(should_cancel)
            if number > 1:
                device.newPage()
            painter.save()
            target = painter.viewport()
            factor = min(target.width() / page.frame.width, target.height() / page.frame.height)
            painter.scale(factor, factor)
            paint_page(painter, page)
            painter.restore()
            if on_progress is not None:
                on_progress(number, len(pages))
    finally:
        painter.end()


def pdf_bytes(
    pages: Sequence[Page],
    options: ExportOptions,
    *,
    title: str,
    on_progress: ProgressCallback | None = None,
    should_cancel: CancelCheck | None = None,
) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(options.dpi or PDF_RESOLUTION)
    orientation = (QPageLayout.Orientation.Landscape if options.orientation == "landscape"
                   else QPageLayout.Orientation.Portrait)
    writer.setPageLayout(QPageLayout(page_size_for(options), orientation, QMarginsF(0, 0, 0, 0)))
    writer.setTitle(title)
    writer.setCreator(f"Timeline {__version__}")
    paint_pages(writer, pages, on_progress=on_progress, should_cancel=should_cancel)
    del writer  # the writer finishes the file when it goes
    buffer.close()
    return bytes(data.data())
