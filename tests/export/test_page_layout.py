"""Composed pages: every part inside the page, nothing overlapping, type readable at its size."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import combinations

import pytest

from timeline.domain.corpus import ArticleAnalysis, Corpus
from timeline.domain.interval import TimeInterval
from timeline.export.fonts import load_export_fonts
from timeline.export.options import ExportFormat, ExportOptions
from timeline.export.page_layout import Box, TextRole
from timeline.export.pages import Page, PageRequest, compose_pages
from timeline.export.scope import TimeRange, corpus_range


@pytest.fixture(scope="module", autouse=True)
def fonts(qapp):
    load_export_fonts()


SIZES = [
    ExportOptions(ExportFormat.PNG, width=1920, height=1080),
    ExportOptions(ExportFormat.PNG, width=3840, height=2160),
    ExportOptions(ExportFormat.PNG, width=1280, height=720),
    ExportOptions(ExportFormat.PDF, page="a4", orientation="portrait"),
    ExportOptions(ExportFormat.PDF, page="letter", orientation="landscape"),
    ExportOptions(ExportFormat.PDF, page="16:9"),
]


def crowded(count: int, article_factory, event_factory) -> Corpus:
    articles = [article_factory(f"a{k}", date(2021, 1, 1), outlet=f"outlet {k}") for k in range(4)]
    events = tuple(
        event_factory(f"e{n:04d}", f"A fairly long event label number {n} about talks",
                      TimeInterval.for_day(date(2021, 1, 1) + timedelta(days=n // 3)),
                      [(articles[n % 4], "that day", "s"), (articles[(n + 1) % 4], "then", "t")])
        for n in range(count)
    )
    return Corpus(tuple(ArticleAnalysis(a, ()) for a in articles), events)


def overlap(a: Box, b: Box) -> bool:
    return a.x < b.right - 0.5 and b.x < a.right - 0.5 and a.y < b.bottom - 0.5 and b.y < a.bottom - 0.5


def inside(box: Box, page: Page) -> bool:
    return (box.x >= -0.5 and box.y >= -0.5 and box.right <= page.frame.width + 0.5
            and box.bottom <= page.frame.height + 0.5)


def pages_for(corpus: Corpus, options: ExportOptions, span: TimeRange | None = None) -> list[Page]:
    width, height = options.layout_size
    return compose_pages(corpus, PageRequest("A title", span=span), width, height,
                         paginate=options.format is ExportFormat.PDF)


def whole(corpus: Corpus) -> TimeRange:
    """Every event's range: the default is the story's span, which the tests' Feb 2023 and
    2024 events lie outside of."""
    found = corpus_range(corpus.events)
    assert found is not None
    return found


def check_page(page: Page) -> None:
    frame = page.frame
    texts = [*frame.texts, *page.notes.texts]
    boxes = [t.box for t in texts] + [m.mark_box for m in frame.legend] + [frame.band]
    assert all(inside(box, page) for box in boxes)
    for first, second in combinations(boxes, 2):
        assert not overlap(first, second), (first, second)
    # Top to bottom: title, band, legend, notes, footer.
    title = next(t.box for t in texts if t.role is TextRole.TITLE)
    footer = next(t.box for t in texts if t.role is TextRole.FOOTER)
    assert title.bottom <= frame.band.y
    for mark in frame.legend:
        assert frame.band.bottom <= mark.mark_box.y
    for note in page.notes.texts:
        assert frame.rule_y <= note.box.y and note.box.bottom <= footer.y


def check_labels_do_not_collide(page: Page) -> None:
    layout = page.band
    for first, second in combinations(layout.marks, 2):
        if first.band == second.band and first.y == second.y:
            assert first.right <= second.left or second.right <= first.left, (first, second)


@pytest.mark.parametrize("options", SIZES, ids=lambda o: f"{o.format}-{o.layout_size}")
def test_story_pages_are_tidy(story, options):
    for page in pages_for(story, options):
        check_page(page)
        check_labels_do_not_collide(page)
        assert page.notes.shown == len(page.events)  # a short story keeps every note


@pytest.mark.parametrize("options", SIZES, ids=lambda o: f"{o.format}-{o.layout_size}")
def test_crowded_pages_are_tidy(options, article_factory, event_factory):
    pages = pages_for(crowded(120, article_factory, event_factory), options)
    for page in pages:
        check_page(page)
        check_labels_do_not_collide(page)
    # One briefing page (more only when asked): every event drawn has its note, no note is
    # for an event not drawn, and the events left out are counted.
    assert len(pages) == 1
    page = pages[0]
    drawn = {m.event_id for m in page.marks}
    assert page.notes.shown == len(page.events) == len(drawn) > 0
    assert drawn == {e.event_id for e in page.events}
    assert not page.clusters
    more = [t.text for t in page.notes.texts if t.role is TextRole.MORE]
    assert more == [f"… and {120 - len(page.events)} more events not drawn (all in the CSV export)."]


@pytest.mark.parametrize(("options", "smallest"), [
    (SIZES[0], 14.0),  # 1080p slide: at least 14 px
    (SIZES[1], 28.0),  # 4K: the same slide, twice the pixels
    (SIZES[3], 7.0 * 96 / 72),  # A4: at least 7 pt
])
def test_small_print_stays_readable(options, smallest):
    width, height = options.layout_size
    from timeline.export.page_layout import TypeScale

    scale = TypeScale.for_page(width, height)
    assert min(scale.size(role) for role in TextRole if role is not TextRole.FOOTER) >= smallest


def test_legend_lists_only_what_the_band_shows(story, article_factory, event_factory):
    story_marks = {m.entry.mark for m in pages_for(story, SIZES[0], whole(story))[0].frame.legend}
    assert {"conflict", "sources", "span"} <= story_marks
    plain = crowded(3, article_factory, event_factory)
    plain_marks = {m.entry.mark for m in pages_for(plain, SIZES[0])[0].frame.legend}
    assert "conflict" not in plain_marks and "span" not in plain_marks


def test_band_labels_carry_their_note_numbers(story):
    page = pages_for(story, SIZES[0], whole(story))[0]
    labels = {m.event_id: m.label for m in page.marks}
    assert labels["ev-warrant"].startswith("[2] ")
    assert labels["ev-term"].startswith("[1] ")
