"""CSV, JSON and TimelineJS exports carry every field and every source of the events."""

from __future__ import annotations

import csv
import io
import json

from timeline import __version__
from timeline.export.events_csv import COLUMNS, events_csv
from timeline.export.events_json import events_json
from timeline.export.scope import shown_events
from timeline.export.timelinejs import timelinejs_json


def test_json_holds_every_event_with_its_sources_and_sentences(story, articles_by_id):
    events = shown_events(story.events)
    document = json.loads(events_json(events, articles_by_id, title="Visit"))
    assert document["generator"] == f"timeline {__version__}"
    assert [e["event_id"] for e in document["events"]] == [e.event_id for e in events]
    warrant = next(e for e in document["events"] if e["event_id"] == "ev-warrant")
    assert warrant["start"] == "2023-03-17T00:00:00"
    assert warrant["end"] == "2023-03-18T00:00:00"
    assert warrant["granularity"] == "day"
    assert warrant["source_count"] == 2
    assert [s["article_id"] for s in warrant["sources"]] == ["b-portal", "c-paper"]
    portal = warrant["sources"][0]
    assert portal["date"] == "2023-03-21"
    assert portal["mentions"][0]["phrase"] == "on Friday"
    assert portal["mentions"][0]["sentence"] == "The ICC issued a warrant on Friday."
    assert portal["mentions"][0]["anchor"] == {
        "kind": "article-date", "value": "2023-03-21", "date": "2023-03-21", "mention_text": None}
    term = next(e for e in document["events"] if e["event_id"] == "ev-term")
    assert term["conflict"] is True
    assert term["when"] == "February 2023"


def test_csv_has_one_row_per_reporting_sentence(story, articles_by_id):
    events = shown_events(story.events)
    text = events_csv(events, articles_by_id)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == sum(len(e.mentions) for e in events)
    meeting = [r for r in rows if r["event_id"] == "ev-meeting"]
    assert {r["article_id"] for r in meeting} == {"a-wire", "b-portal", "c-paper"}
    assert {r["source_count"] for r in meeting} == {"3"}
    assert meeting[0]["start"] == "2023-03-20T00:00:00"
    # The portal has no outlet: its citation falls back to the title.
    portal = next(r for r in meeting if r["article_id"] == "b-portal")
    assert portal["citation"] == "“Putin Meets 'Dear Friend' Jinping In Moscow”, 21 Mar 2023"
    election = next(r for r in rows if r["event_id"] == "ev-election")
    assert election["tags"] == "politics"


def test_csv_defuses_spreadsheet_formulas_in_news_text(story, articles_by_id):
    rows = list(csv.DictReader(io.StringIO(events_csv(shown_events(story.events), articles_by_id))))
    sentence = next(r["sentence"] for r in rows if r["article_id"] == "c-paper"
                    and r["event_id"] == "ev-warrant")
    assert sentence.startswith("'=HYPERLINK")


def test_timelinejs_dates_keep_their_precision(story, articles_by_id):
    document = json.loads(timelinejs_json(shown_events(story.events), articles_by_id,
                                          title="Visit", subtitle="March 2023"))
    assert document["title"]["text"]["headline"] == "Visit"
    slides = {s["unique_id"]: s for s in document["events"]}
    assert slides["ev-warrant"]["start_date"] == {"year": 2023, "month": 3, "day": 17}
    assert "end_date" not in slides["ev-warrant"]
    # A month is a month, never pinned to its first day.
    assert slides["ev-election"]["start_date"] == {"year": 2024, "month": 3}
    assert slides["ev-election"]["group"] == "politics"
    assert "ev-hidden" not in slides


def test_timelinejs_text_is_escaped_html_with_the_sources(story, articles_by_id):
    document = json.loads(timelinejs_json(shown_events(story.events), articles_by_id))
    slides = {s["unique_id"]: s for s in document["events"]}
    term = slides["ev-term"]
    assert term["text"]["headline"] == "Xi begins third term &lt;as president&gt;"
    assert "Sources disagree" in term["text"]["text"]
    warrant = slides["ev-warrant"]["text"]["text"]
    assert "The ICC issued a warrant on Friday." in warrant
    assert "newspaper, 20 Mar 2023" in warrant
    assert "title" not in document  # no title given, none written


def test_files_are_written_whole_with_ordinary_permissions(story, tmp_path):
    import os
    import stat

    from timeline.export.exporter import export_corpus
    from timeline.export.options import ExportFormat, ExportOptions

    path = tmp_path / "events.csv"
    path.write_text("the analyst's previous export", encoding="utf-8")
    export_corpus(story, ExportOptions(ExportFormat.CSV), path)
    assert path.read_text(encoding="utf-8-sig").startswith("event_number,")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["events.csv"]  # no temporary left
