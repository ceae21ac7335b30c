"""PNG, SVG and PDF exports: their content, size, text and determinism."""

from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pypdf
import pytest
from PySide6.QtGui import QColor, QImage

from timeline import __version__
from timeline.domain.corpus import ArticleAnalysis, Corpus
from timeline.domain.interval import TimeInterval
from timeline.export.exporter import export_corpus
from timeline.export.fonts import load_export_fonts
from timeline.export.options import ExportFormat, ExportOptions
from timeline.export.scope import TimeRange, corpus_range

TITLE = "Xi Jinping's state visit to Moscow"


@pytest.fixture(scope="module", autouse=True)
def gui(qapp):
    # pytest-qt's QApplication, not ensure_gui_application's QGuiApplication: widget tests
    # later in the same process need a QApplication, and Qt allows only one per process.
    load_export_fonts()
    return qapp


def export(corpus, tmp_path, fmt: ExportFormat, name: str = "out", **options) -> bytes:
    path = tmp_path / f"{name}{fmt.suffix}"
    export_corpus(corpus, ExportOptions(fmt, title=TITLE, **options), path)
    return path.read_bytes()


def many_events(count: int, article_factory, event_factory) -> Corpus:
    """`count` day events, one a day from 1 Jan 2020, each from one of three articles."""
    articles = [article_factory(f"art-{k}", date(2020, 1, 1) + timedelta(days=k * 300),
                                outlet=f"outlet {k}") for k in range(3)]
    events = tuple(
        event_factory(f"ev-{n:05d}", f"Event number {n}",
                      TimeInterval.for_day(date(2020, 1, 1) + timedelta(days=n)),
                      [(articles[n % 3], "on that day", f"Sentence about event {n}.")])
        for n in range(count)
    )
    return Corpus(tuple(ArticleAnalysis(a, ()) for a in articles), events)


def pdf_text(data: bytes) -> list[str]:
    """Each page's text, whitespace folded (Qt places words apart; pypdf reads tabs)."""
    return [" ".join(page.extract_text().split())
            for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def svg_texts(data: bytes) -> str:
    """All text content of the SVG's <text> elements, joined."""
    return " ".join(re.findall(r"<text[^>]*>([^<]*)</text>", data.decode("utf-8")))


# -- PNG -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("options", "size"), [
    ({"width": 1920, "height": 1080}, (1920, 1080)),
    ({"width": 1280, "height": 720, "scale": 2.0}, (2560, 1440)),
    ({"dpi": 150, "page": "a4", "orientation": "portrait"}, (1240, 1754)),
])
def test_png_has_the_asked_size(story, tmp_path, options, size):
    image = QImage.fromData(export(story, tmp_path, ExportFormat.PNG, **options))
    assert (image.width(), image.height()) == size


def test_png_is_not_blank_and_has_dark_text_on_white(story, tmp_path):
    image = QImage.fromData(export(story, tmp_path, ExportFormat.PNG))
    assert QColor(image.pixel(2, 2)).name() == "#ffffff"  # paper in the margin
    dark = 0
    for y in range(0, image.height(), 3):
        for x in range(0, image.width(), 3):
            if QColor(image.pixel(x, y)).lightness() < 100:
                dark += 1
    assert dark > 500  # title, notes and footer at least


def test_png_dpi_is_recorded(story, tmp_path):
    image = QImage.fromData(export(story, tmp_path, ExportFormat.PNG, dpi=300))
    assert round(image.dotsPerMeterX() / 39.3701) == 300


# -- SVG -----------------------------------------------------------------------------------


def test_svg_keeps_text_as_text_in_the_named_font(story, tmp_path):
    data = export(story, tmp_path, ExportFormat.SVG)
    text = svg_texts(data)
    assert TITLE.replace("'", "&apos;") in text or TITLE in text
    assert "newspaper, 20 Mar 2023" in text  # a source note
    assert f"Timeline {__version__}" in text  # the generation line
    assert 'font-family="DejaVu Sans"' in data.decode()
    assert f"<title>{TITLE.replace(chr(39), '&apos;')}</title>" in data.decode() or \
        f"<title>{TITLE}</title>" in data.decode()


def test_svg_is_byte_identical_for_the_same_input(story, tmp_path):
    first = export(story, tmp_path, ExportFormat.SVG, name="first")
    second = export(story, tmp_path, ExportFormat.SVG, name="second")
    assert first == second


def test_svg_changes_when_the_title_does(story, tmp_path):
    first = export(story, tmp_path, ExportFormat.SVG, name="first")
    path = tmp_path / "other.svg"
    export_corpus(story, ExportOptions(ExportFormat.SVG, title="Another title"), path)
    assert path.read_bytes() != first


def test_svg_escapes_markup_in_labels(story, tmp_path):
    # The whole range: the story's span (the default) leaves out the Feb 2023 event.
    data = export(story, tmp_path, ExportFormat.SVG, span=corpus_range(story.events)).decode()
    assert "<as president>" not in data
    assert "&lt;as president&gt;" in data


# -- PDF -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("page", "orientation", "points"), [
    ("a4", "landscape", (842, 595)),
    ("a4", "portrait", (595, 842)),
    ("letter", "landscape", (792, 612)),
    ("16:9", "landscape", (960, 540)),
])
def test_pdf_has_the_asked_page_size(story, tmp_path, page, orientation, points):
    data = export(story, tmp_path, ExportFormat.PDF, page=page, orientation=orientation)
    box = pypdf.PdfReader(io.BytesIO(data)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == points


def test_pdf_is_vector_with_extractable_text(story, tmp_path):
    data = export(story, tmp_path, ExportFormat.PDF)
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    text = pdf_text(data)[0]
    assert TITLE in text
    assert "newspaper, 20 Mar 2023" in text
    assert f"Timeline {__version__}" in text
    # Vector: the page draws with fonts, not one big picture.
    resources = reader.pages[0]["/Resources"]
    assert "/Font" in resources
    assert reader.metadata.title == TITLE


def test_long_pdf_is_one_page_unless_more_are_asked_for(tmp_path, article_factory, event_factory):
    corpus = many_events(150, article_factory, event_factory)
    one = pdf_text(export(corpus, tmp_path, ExportFormat.PDF, name="one"))
    assert len(one) == 1
    assert re.search(r"… and \d+ more events not drawn", one[0])


def test_long_pdf_splits_across_pages_when_asked_and_keeps_every_note(tmp_path, article_factory,
                                                                      event_factory):
    corpus = many_events(150, article_factory, event_factory)
    pages = pdf_text(export(corpus, tmp_path, ExportFormat.PDF, pages=8, top=0))
    assert len(pages) == 8
    assert all(TITLE in page for page in pages)
    assert all(f"of {len(pages)}" in page for page in pages)
    # The axis repeats on every page: its context line names the month in full.
    assert all(re.search(r"(January|February|March|April|May) 2020", page) for page in pages)
    everything = "\n".join(pages)
    for n in range(150):
        # Every note, on exactly one page: the pages' ranges do not overlap.
        assert sum(f"Event number {n} — outlet {n % 3}" in page for page in pages) == 1
    assert "more events" not in everything


def test_png_of_a_crowded_range_counts_the_notes_left_out(tmp_path, article_factory,
                                                         event_factory):
    corpus = many_events(150, article_factory, event_factory)
    data = export(corpus, tmp_path, ExportFormat.SVG)
    assert re.search(r"… and \d+ more events", svg_texts(data))


def test_a_range_limits_the_events(story, tmp_path):
    from datetime import datetime

    span = TimeRange(datetime(2023, 3, 17), datetime(2023, 3, 21))
    text = svg_texts(export(story, tmp_path, ExportFormat.SVG, span=span))
    assert "ICC issues arrest warrant" in text
    assert "presidential election" not in text
    assert "2 events from 3 sources" in text
