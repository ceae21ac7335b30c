"""A page that says it is British English has its "05/06/2024" read as 5 June, all the way
from the file to the event's sources, and the sources pane says why."""

from __future__ import annotations

from pathlib import Path

from timeline.jobs.analysis_worker import load_job
from timeline.ui.source_pane import SourcePane

PAGE = """<html lang="{lang}"><head><title>Treaty signed</title>
<meta property="article:published_time" content="2024-07-01T09:00:00Z"></head>
<body><article><h1>Treaty signed</h1>
<p>The two governments signed the fisheries treaty on 05/06/2024 in the harbour town, ending
a dispute that had lasted for more than a decade.</p>
<p>Fishermen in the town welcomed the agreement and said the boats would return to sea soon.</p>
</article></body></html>"""


def _signing(folder: Path, lang: str):
    folder.mkdir()
    (folder / "treaty.html").write_text(PAGE.format(lang=lang), encoding="utf-8")
    corpus, _index, _base = load_job(lambda *_: None, lambda: False, [folder], ())
    (article,) = [analysis.article for analysis in corpus.analyses]
    assert article.locale_hint == lang
    events = [e for e in corpus.events if any(m.mention.text == "05/06/2024" for m in e.mentions)]
    assert len(events) == 1, [(e.value, e.label) for e in corpus.events]
    return corpus, events[0]


def test_a_british_page_reads_day_first_and_the_sources_say_why(qtbot, tmp_path):
    corpus, event = _signing(tmp_path / "gb", "en-GB")
    assert event.value == "2024-06-05"
    pane = SourcePane()
    qtbot.addWidget(pane)
    pane.set_corpus(corpus)
    pane.show_event(event)
    assert "its language is en-GB" in pane.toPlainText()


def test_an_american_page_reads_the_same_digits_month_first(tmp_path):
    _corpus, event = _signing(tmp_path / "us", "en-US")
    assert event.value == "2024-05-06"
    (mention,) = [m.mention for m in event.mentions if m.mention.text == "05/06/2024"]
    assert "its language is en-US" in mention.explanation
