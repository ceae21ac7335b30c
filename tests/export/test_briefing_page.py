"""The default export is one readable briefing page of key events; more pages only when asked."""

from __future__ import annotations

import io
import itertools
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

import pypdf
import pytest

from timeline.analysis import load_corpus
from timeline.domain.corpus import ArticleAnalysis, Corpus
from timeline.domain.interval import TimeInterval
from timeline.export.band import LABEL_PIXELS, SMALL_PIXELS
from timeline.export.band_fit import label_left
from timeline.export.exporter import export_corpus
from timeline.export.fonts import load_export_fonts
from timeline.export.options import ExportFormat, ExportOptions
from timeline.export.page_layout import TextRole
from timeline.export.pages import Page, PageRequest, compose_pages, page_ranges
from timeline.export.scope import TimeRange
from timeline.present.briefing import briefing_order, first_to_drop, split_span, spread_order

# The events SEEDS.md requires, by a phrase of their label and their first day.
SEED_EVENTS = {
    "arrest warrant": date(2023, 3, 17),
    "welcomes Xi Jinping": date(2023, 3, 20),
    "plan more talks": date(2023, 3, 21),
    "until Wednesday": date(2023, 3, 22),
    "re-elect": date(2024, 3, 1),  # Russia's presidential election, predicted by Xi
}


@pytest.fixture(scope="module")
def seeds(seeds_dir, qapp):
    load_export_fonts()
    return load_corpus([seeds_dir])


def day_events(count: int, article_factory, event_factory, *, importance: float = 0.0,
               sources: int = 1) -> Corpus:
    articles = [article_factory(f"a{k}", date(2021, 1, 1) + timedelta(days=k), outlet=f"outlet {k}")
                for k in range(max(sources, 3))]
    events = tuple(
        event_factory(f"e{n:03d}", f"Event {n} with a label long enough to need some room",
                      TimeInterval.for_day(date(2021, 1, 1) + timedelta(days=n)),
                      [(articles[k], "that day", "s") for k in range(sources)], importance=importance)
        for n in range(count))
    return Corpus(tuple(ArticleAnalysis(a, ()) for a in articles), events)


def a4_page(corpus: Corpus, **request) -> Page:
    options = ExportOptions(ExportFormat.PDF)
    width, height = options.layout_size
    pages = compose_pages(corpus, PageRequest("Briefing", **request), width, height, paginate=True)
    assert len(pages) == 1
    return pages[0]


def drawn_labels(page: Page) -> dict[str, str]:
    layouts = [page.band] + ([page.inset.layout] if page.inset else [])
    return {m.event_id: m.label for layout in layouts for m in layout.marks if label_left(m, layout) >= 0}


# -- present.briefing --------------------------------------------------------------------------


def test_spread_order_covers_the_range_early():
    assert spread_order(5)[:3] == [0, 4, 2]
    for count in range(12):
        assert sorted(spread_order(count)) == list(range(count))


def test_ties_fall_back_to_sources_then_spread_over_time(article_factory, event_factory):
    events = list(day_events(9, article_factory, event_factory).events)
    ranked = briefing_order(events)
    assert [e.event_id for e in ranked[:3]] == ["e000", "e008", "e004"]  # not e000, e001, e002
    two = day_events(3, article_factory, event_factory, sources=2).events[2]
    assert briefing_order([*events, two])[0] is two  # more sources first


def test_a_crowd_first_loses_a_busy_days_repeat(article_factory, event_factory):
    source = [(article_factory("a", date(2023, 3, 20)), "then", "s")]

    def on(day: int, importance: float, name: str):
        return event_factory(name, name, TimeInterval.for_day(date(2023, 3, day)), source,
                             importance=importance)

    monday = [on(20, 0.8, "meeting"), on(20, 0.5, "aside"), on(20, 0.4, "remark")]
    wednesday = on(22, 0.3, "visit ends")
    ranked = briefing_order([*monday, wednesday])
    assert ranked[-1] is wednesday  # the least important of all...
    assert first_to_drop(ranked, ranked).event_id == "remark"  # ...yet a Monday repeat goes first
    assert first_to_drop([wednesday], ranked) is wednesday  # a crowd of one loses that one


def test_split_span_parts_follow_each_other():
    parts = split_span(0.0, 100.0, [5, 10, 20, 30, 60, 70, 90], 3)
    assert len(parts) == 3 and parts[0][0] == 0.0 and parts[-1][1] == 100.0
    assert all(a[1] == b[0] for a, b in itertools.pairwise(parts))
    assert len(split_span(0.0, 10.0, [5.0], 4)) == 1


# -- the page ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", [ExportFormat.PNG, ExportFormat.SVG, ExportFormat.PDF])
def test_the_seed_events_are_drawn_labelled_and_noted(seeds, fmt):
    options = ExportOptions(fmt)
    width, height = options.layout_size
    pages = compose_pages(seeds, PageRequest("Moscow visit"), width, height,
                          paginate=fmt is ExportFormat.PDF)
    assert len(pages) == 1
    page = pages[0]
    labels = drawn_labels(page)
    notes = " ".join(t.text for t in page.notes.texts if t.role is TextRole.NOTE)
    for phrase, day in SEED_EVENTS.items():
        event = next(e for e in page.events if phrase in e.label and e.interval.first_day == day)
        assert labels[event.event_id].startswith("[")  # drawn with its note number
        assert f"{event.label} —" in notes  # the whole label in its note


def test_every_drawn_event_has_a_note_and_no_note_is_for_one_not_drawn(seeds):
    page = a4_page(seeds)
    assert set(drawn_labels(page)) == {e.event_id for e in page.events}
    assert page.notes.shown == len(page.events)
    assert not page.clusters


def test_printed_type_is_at_least_9_pt(seeds):
    page = a4_page(seeds)
    to_points = 72 / 96  # the page is composed in 1/96 inch
    assert SMALL_PIXELS * page.band_zoom * to_points >= 9.0
    assert LABEL_PIXELS * page.band_zoom * to_points >= 9.0
    for role in (TextRole.NOTE, TextRole.NOTE_NUMBER, TextRole.MORE, TextRole.LEGEND):
        assert page.frame.scale.size(role) * to_points >= 9.0


def test_background_and_thinly_sourced_events_are_left_out(article_factory, event_factory):
    corpus = day_events(6, article_factory, event_factory, sources=2)
    lone = replace(day_events(1, article_factory, event_factory).events[0], event_id="e-lone")
    old = event_factory("e-old", "History long before", TimeInterval.for_day(date(2021, 1, 3)),
                        [(corpus.articles[0], "then", "s"), (corpus.articles[1], "then", "s")],
                        background=True)
    corpus = Corpus(corpus.analyses, (*corpus.events, old, lone))
    page = a4_page(corpus, min_sources=2)
    ids = {e.event_id for e in page.events}
    assert "e-old" not in ids and lone.event_id not in ids
    assert len(ids) == 6


def test_top_keeps_the_most_important(article_factory, event_factory):
    corpus = day_events(10, article_factory, event_factory)
    events = tuple(replace(e, importance=0.9) if e.event_id in ("e003", "e007") else e
                   for e in corpus.events)
    page = a4_page(Corpus(corpus.analyses, events), top=2)
    assert {e.event_id for e in page.events} == {"e003", "e007"}
    more = [t.text for t in page.notes.texts if t.role is TextRole.MORE]
    assert more and "8 more events" in more[0]


def test_labels_never_run_past_the_band_edge(article_factory, event_factory):
    corpus = day_events(12, article_factory, event_factory)
    # The analyst's range ends on the last event's day: its label has no room to the right.
    span = TimeRange(datetime(2021, 1, 1), datetime(2021, 1, 13))
    page = a4_page(corpus, span=span)
    for mark in page.band.marks:
        assert label_left(mark, page.band) + mark.full_width <= page.band.width
    assert any(m.label.endswith("…") for m in page.band.marks)


def test_pdf_pages_only_when_asked_over_ranges_that_do_not_overlap(article_factory, event_factory,
                                                                    tmp_path, qapp):
    load_export_fonts()
    corpus = day_events(60, article_factory, event_factory)
    path = tmp_path / "out.pdf"
    export_corpus(corpus, ExportOptions(ExportFormat.PDF, pages=3), path)
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    assert len(reader.pages) == 3
    noted = [re.findall(r"Event (\d+) with", page.extract_text()) for page in reader.pages]
    seen = [n for page in noted for n in set(page)]
    assert len(seen) == len(set(seen))  # no event on two pages
    ranges = page_ranges(TimeRange(datetime(2021, 1, 1), datetime(2021, 3, 2)), corpus.events, 3)
    assert all(a.end == b.start for a, b in itertools.pairwise(ranges))


def test_a_default_page_is_drawn_over_the_stretch_its_events_take(article_factory, event_factory, qapp):
    load_export_fonts()
    # Articles published over a year, the key events all in its first weeks.
    articles = [article_factory(f"a{k}", date(2021, 1, 1) + timedelta(days=30 * k), outlet=f"outlet {k}")
                for k in range(12)]
    events = tuple(
        event_factory(f"e{n:02d}", f"Event {n} told by every outlet", TimeInterval.for_day(date(2021, 1, 4 + n)),
                      [(a, "that day", "s") for a in articles[:3]], importance=0.9)
        for n in range(6))
    page = a4_page(Corpus(tuple(ArticleAnalysis(a, ()) for a in articles), events))
    assert len(page.events) == 6
    assert page.span.end - page.span.start < timedelta(days=30)
    assert page.span.start <= datetime(2021, 1, 4) and page.span.end >= datetime(2021, 1, 10)

