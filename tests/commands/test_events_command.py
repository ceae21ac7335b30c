"""`timeline events PATH...`: events as JSON or text, the days that matter, and clear failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from timeline.cli import main

REPO_ROOT = Path(__file__).resolve().parents[2]
SEEDS = REPO_ROOT / "seeds"


@pytest.fixture(scope="module")
def seeds_json(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("events") / "events.json"
    with pytest.MonkeyPatch.context() as patch, out.open("w", encoding="utf-8") as stream:
        patch.setattr("sys.stdout", stream)
        assert main(["events", str(SEEDS), "--json", "--top-days", "3"]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def test_json_lists_each_event_with_its_date_sources_and_flags(seeds_json):
    assert seeds_json["articles"] == 5
    events = seeds_json["events"]
    assert events
    for event in events:
        assert set(event) >= {"id", "label", "value", "interval", "granularity", "sources", "conflict", "implied",
                              "mentions"}
        assert event["sources"] == len({m["article"]["id"] for m in event["mentions"]})
    starts = [e["interval"][0] for e in events]
    assert starts == sorted(starts)
    assert any(e["conflict"] for e in events)


def test_json_tells_disputed_dates_ranges_analyst_dates_and_mods(seeds_json):
    events = seeds_json["events"]
    for event in events:
        assert {"extent", "date_set_by_analyst", "dates_in_dispute", "articles"} <= set(event)
        assert event["sources"] == len(event["articles"])
        assert all("mod" in item for item in event["mentions"])
        assert bool(event["dates_in_dispute"]) is (event["conflict"] and not event["date_set_by_analyst"])
    term = next(e for e in events if e["conflict"])
    claimed = [claim["value"] for claim in term["dates_in_dispute"]]
    assert claimed == sorted({m["value"] for m in term["mentions"]})
    assert " or " in term["date_text"] and term["date_text"].endswith(term["dates_in_dispute"][-1]["text"])
    for claim in term["dates_in_dispute"]:
        backing = {m["article"]["id"] for m in term["mentions"] if m["value"] == claim["value"]}
        assert set(claim["articles"]) == backing and claim["sources"] == len(backing)
    ranged = [e for e in events if e["extent"] is not None]
    assert ranged, "the seeds' three-day visit has a range"
    for event in ranged:
        assert event["extent"][0] == event["interval"][0] and event["extent"][1] > event["interval"][1]


def test_each_mention_carries_its_article_sentence_phrase_offsets_and_anchor(seeds_json):
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    meeting = max(seeds_json["events"], key=lambda e: e["sources"])
    assert meeting["sources"] == 5
    for item in meeting["mentions"]:
        article = item["article"]
        assert article["title"] and article["date"]
        text = texts[article["id"]]
        assert text[item["start"]:item["end"]] == item["phrase"]
        assert item["phrase"] in item["sentence"] and item["sentence"] in text
        assert item["anchor"]["kind"] == "article-date"
        assert item["anchor"]["date"] == article["date"]


def test_top_days_come_best_first(seeds_json):
    days = seeds_json["top_days"]
    assert len(days) == 3
    assert days[0]["date"] == "2023-03-20"
    assert [d["score"] for d in days] == sorted((d["score"] for d in days), reverse=True)


def test_text_output_names_events_sources_and_conflicts(capsys):
    assert main(["events", str(SEEDS), "--top-days", "2"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{out.split()[0]} events from 5 articles")
    assert "CONFLICT" in out
    assert "5 sources" in out
    assert "Days by distinct-article support:" in out
    assert "2023-03-20" in out.split("Days by distinct-article support:")[1]


def test_missing_path_is_a_clear_error(capsys, tmp_path):
    assert main(["events", str(tmp_path / "nowhere")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_top_days_must_be_positive(capsys):
    with pytest.raises(SystemExit):
        main(["events", str(SEEDS), "--top-days", "0"])
    assert "at least 1" in capsys.readouterr().err


def test_unreadable_files_are_reported_and_the_rest_still_counts(capsys, tmp_path):
    (tmp_path / "good.txt").write_text("Talks collapsed on 3 June 2021 in Geneva.", encoding="utf-8")
    (tmp_path / "bad.pdf").write_bytes(b"not a pdf at all")
    assert main(["events", str(tmp_path), "--json"]) == 0
    captured = capsys.readouterr()
    assert "bad.pdf" in captured.err
    document = json.loads(captured.out)
    assert [e["value"] for e in document["events"]] == ["2021-06-03"]
    assert not document["events"][0]["implied"]


def test_top_events_come_most_important_first_with_their_importance(capsys, seeds_json):
    assert main(["events", str(SEEDS), "--json", "--top", "3"]) == 0
    top = json.loads(capsys.readouterr().out)["events"]
    assert len(top) == 3
    story = [e for e in seeds_json["events"] if not e["hidden"] and not e["background"]]
    best = max(e["importance"] for e in story)
    assert top[0]["importance"] == best
    assert [e["importance"] for e in top] == sorted((e["importance"] for e in top), reverse=True)
    assert main(["events", str(SEEDS), "--top", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"the 1 most important of {len(seeds_json['events'])} events from 5 articles")
    assert f"importance {best:.2f}" in out


def _document(article_count, events, articles, days):
    from timeline.commands.events_command import event_to_json

    value = {"articles": article_count, "events": [event_to_json(e, articles) for e in events]}
    if days is not None:
        value["top_days"] = [{"date": day.isoformat(), "score": score} for day, score in days]
    return value


@pytest.mark.parametrize("shares", [1, 2, 3, 50])
def test_the_events_json_written_in_shares_is_the_whole_document_written_at_once(shares):
    from dataclasses import replace

    from timeline.analysis import load_corpus, seeds_folder
    from timeline.commands.events_command import events_json
    from timeline.events import rank_days

    corpus = load_corpus([seeds_folder()])
    articles = {a.article_id: a for a in corpus.articles}
    days = rank_days(corpus.events)[:3]

    def spread(work):
        return [work(share, shares) for share in range(shares)]

    events = list(corpus.events)
    assert 3 < len(events) < 50  # some shares hold several events, some none
    for chosen, top in ((events, None), (events, days), (events[:1], days), ([], None)):
        text = events_json(len(articles), chosen, articles, top, spread)
        assert text == json.dumps(_document(len(articles), chosen, articles, top), ensure_ascii=False, indent=2)
    # A lone surrogate cannot be written as UTF-8: the whole document falls back to \\u escapes.
    odd = [replace(events[0], label="bad \ud800 label"), *events[1:]]
    text = events_json(len(articles), odd, articles, None, spread)
    assert text == json.dumps(_document(len(articles), odd, articles, None), ensure_ascii=True, indent=2)
