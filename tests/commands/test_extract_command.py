"""`timeline extract`: the JSON-lines stream, files and folders as JSON or a table, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.commands.json_output import article_to_json, dumps, mention_to_json
from timeline.domain.article import Article, DateCandidate
from timeline.domain.interval import TimeInterval
from timeline.domain.mention import Anchor, AnchorKind, Mention, TimexType

REPO_ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, stdin: str | bytes = b"", timeout: float = 60) -> subprocess.CompletedProcess:
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        input=data,
        capture_output=True,
        cwd=REPO_ROOT,
        timeout=timeout,
        check=False,
    )


def jsonl(*records: object) -> str:
    return "".join(json.dumps(record) + "\n" for record in records)


def assert_offsets_index(text: str, mentions: list[dict]) -> None:
    for mention in mentions:
        assert text[mention["start"] : mention["end"]] == mention["text"], mention
        sentence_start, sentence_end = mention["sentence"]
        assert 0 <= sentence_start <= sentence_end <= len(text)


# --- JSON lines --------------------------------------------------------------------------

STREAM_TEXTS = [
    {"id": "a", "text": "The treaty was signed on 3 June 1998 in Oslo.", "date": "1998-06-05"},
    {"id": 2, "text": "Zürich – Die Gespräche «enden» am Freitag. 🙂 Talks resume on 4 May 2021.", "date": None},
    {"id": None, "text": "", "date": "2020-02-29"},
]


def test_jsonl_writes_one_line_per_input_in_order_with_offsets_into_text():
    result = run_cli("extract", "--jsonl", stdin=jsonl(*STREAM_TEXTS))
    assert result.returncode == 0, result.stderr.decode()
    lines = result.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(STREAM_TEXTS)
    for record, line in zip(STREAM_TEXTS, lines, strict=True):
        output = json.loads(line)
        assert output["id"] == record["id"]
        assert "error" not in output
        assert_offsets_index(record["text"], output["mentions"])
    first = json.loads(lines[0])["mentions"]
    assert any(m["text"] == "3 June 1998" and m["value"] == "1998-06-03" for m in first)


def test_jsonl_bad_lines_get_error_lines_and_the_stream_goes_on():
    good = {"id": "ok", "text": "It rained on 4 May 2021.", "date": "2021-05-10"}
    stdin = (
        b"{not json\n"
        + b"\n"  # blank: not an input, no output
        + json.dumps({"id": "no-text", "date": None}).encode()
        + b"\n"
        + json.dumps({"id": "bad-date", "text": "x", "date": "2021-13-01"}).encode()
        + b"\n"
        + json.dumps({"id": "wrong-date-type", "text": "x", "date": 20210510}).encode()
        + b"\n"
        + b'["a list"]\n'
        + b'{"id": "latin1", "text": "caf\xe9"}\n'  # not UTF-8
        + json.dumps(good).encode()
        + b"\n"
    )
    result = run_cli("extract", "--jsonl", stdin=stdin)
    assert result.returncode == 0
    outputs = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o["id"] for o in outputs] == [
        None,
        "no-text",
        "bad-date",
        "wrong-date-type",
        None,
        None,
        "ok",
    ]
    for output in outputs[:-1]:
        assert "mentions" not in output
        assert output["error"].startswith("line ")
        assert "\n" not in output["error"]
    assert "line 1" in outputs[0]["error"] and "JSON" in outputs[0]["error"]
    assert "line 7" in outputs[5]["error"] and "UTF-8" in outputs[5]["error"]
    assert "error" not in outputs[-1]
    assert_offsets_index(good["text"], outputs[-1]["mentions"])


def test_jsonl_answers_each_line_before_the_input_ends():
    """Streaming: a line's answer arrives while standard input is still open."""
    process = subprocess.Popen(
        [sys.executable, "-m", "timeline", "extract", "--jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO_ROOT,
    )
    answers: list[bytes] = []
    try:
        for index in range(2):
            line = jsonl({"id": index, "text": "Met on 3 June 1998.", "date": None})
            process.stdin.write(line.encode())
            process.stdin.flush()
            reader = threading.Thread(target=lambda: answers.append(process.stdout.readline()))
            reader.start()
            reader.join(timeout=30)
            assert not reader.is_alive(), "no answer while input was still open"
            assert json.loads(answers[-1])["id"] == index
    finally:
        process.stdin.close()
        process.wait(timeout=30)
        process.stdout.close()
        process.stderr.close()
    assert process.returncode == 0


def test_jsonl_resolves_against_each_lines_own_date():
    published = date(2023, 3, 20)
    records = [
        {"id": "dated", "text": "Prices fell yesterday.", "date": published.isoformat()},
        {"id": "undated", "text": "Prices fell yesterday.", "date": None},
    ]
    result = run_cli("extract", "--jsonl", stdin=jsonl(*records))
    dated, undated = (json.loads(line) for line in result.stdout.decode().splitlines())
    [yesterday] = [m for m in dated["mentions"] if m["text"].lower() == "yesterday"]
    assert yesterday["value"] == (published - timedelta(days=1)).isoformat()
    assert yesterday["anchor"]["kind"] == "article-date"
    [unanchored] = [m for m in undated["mentions"] if m["text"].lower() == "yesterday"]
    assert unanchored["anchor"]["kind"] == "unanchored"
    assert unanchored["interval"] is None


def test_jsonl_in_process_reports_an_extractor_crash_as_that_lines_error(monkeypatch, capsys):
    import timeline.extract

    real = timeline.extract.extract_mentions

    def fragile(text: str, article_date: date | None, **options: object) -> list:
        if "boom" in text:
            raise RuntimeError("simulated extractor bug")
        return real(text, article_date, **options)

    monkeypatch.setattr(timeline.extract, "extract_mentions", fragile)
    stdin = jsonl({"id": 1, "text": "boom", "date": None}, {"id": 2, "text": "on 3 June 1998"})
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode()), "utf-8"))
    assert main(["extract", "--jsonl"]) == 0
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["id"] == 1 and "simulated extractor bug" in first["error"]
    assert second["id"] == 2 and second["mentions"]


def test_jsonl_reads_a_lines_locale_for_numeric_dates(monkeypatch, capsys):
    text = "The form was signed 05/06/2024."
    records = [{"id": "gb", "text": text, "date": "2024-07-01", "locale": "en-GB"},
               {"id": "us", "text": text, "date": "2024-07-01", "locale": "https://www.example.us/a"},
               {"id": "bad", "text": text, "date": "2024-07-01", "locale": 44}]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(jsonl(*records).encode()), "utf-8"))
    assert main(["extract", "--jsonl"]) == 0
    gb, us, bad = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert [(m["value"], "its language is en-GB" in m["explanation"]) for m in gb["mentions"]] == [
        ("2024-06-05", True)]
    assert [(m["value"], "its source address ends .us" in m["explanation"]) for m in us["mentions"]] == [
        ("2024-05-06", True)]
    assert '"locale" must be' in bad["error"]


def test_jsonl_keeps_lone_surrogates_encodable(monkeypatch, capsys):
    record = '{"id": "s", "text": "\\ud800 on 3 June 1998", "date": null}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(record.encode()), "utf-8"))
    assert main(["extract", "--jsonl"]) == 0
    [output] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert_offsets_index("\ud800 on 3 June 1998", output["mentions"])


# --- files and folders -------------------------------------------------------------------


@pytest.fixture
def articles_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    (folder / "inner").mkdir(parents=True)
    (folder / "talks.txt").write_text(
        "Talks collapsed on 3 June 1998.\n\nThe envoy left two days later.\n", encoding="utf-8"
    )
    (folder / "inner" / "zürich.txt").write_text(
        "Zürich — «Prices» rose 5% on 4 May 2021, officials said. 🙂\n", encoding="utf-8"
    )
    return folder


def test_paths_json_gives_one_object_per_file_with_offsets_into_text(articles_dir, capsys):
    assert main(["extract", str(articles_dir), "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert len(entries) == 2
    for entry in entries:
        assert set(entry) >= {
            "path",
            "title",
            "date",
            "date_source",
            "warnings",
            "error",
            "text",
            "mentions",
        }
        assert entry["error"] is None
        assert_offsets_index(entry["text"], entry["mentions"])
    by_name = {Path(entry["path"]).name: entry for entry in entries}
    assert any(m["value"] == "1998-06-03" for m in by_name["talks.txt"]["mentions"])
    assert any(m["value"] == "2021-05-04" for m in by_name["zürich.txt"]["mentions"])


def test_date_option_overrides_every_article_date(articles_dir, capsys):
    assert main(["extract", str(articles_dir), "--date", "2021-05-10", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert {(e["date"], e["date_source"]) for e in entries} == {("2021-05-10", "command-line")}


def test_a_missing_path_is_a_usage_error_like_in_every_command(articles_dir, capsys):
    missing = articles_dir / "absent.txt"
    assert main(["extract", str(missing), str(articles_dir / "talks.txt"), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() == f"timeline extract: no such file or folder: {missing}"


def test_an_unreadable_file_gets_an_error_entry_and_others_still_load(articles_dir, capsys):
    broken = articles_dir / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 not really")
    assert main(["extract", str(broken), str(articles_dir / "talks.txt"), "--json"]) == 0
    errors = {Path(e["path"]).name: e["error"] for e in json.loads(capsys.readouterr().out)}
    assert errors["broken.pdf"]
    assert errors["talks.txt"] is None


def test_exit_1_when_no_file_could_be_read(tmp_path):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 not really")
    result = run_cli("extract", str(broken), "--json")
    assert result.returncode == 1
    [entry] = json.loads(result.stdout)
    assert entry["error"] and entry["mentions"] == []


def test_subprocess_json_on_a_folder(articles_dir):
    result = run_cli("extract", str(articles_dir), "--json")
    assert result.returncode == 0, result.stderr.decode()
    entries = json.loads(result.stdout.decode("utf-8"))
    assert sorted(Path(e["path"]).name for e in entries) == ["talks.txt", "zürich.txt"]


def test_table_without_json_names_each_file_and_its_expressions(articles_dir, capsys):
    assert main(["extract", str(articles_dir / "talks.txt"), "--date", "1998-06-05"]) == 0
    out = capsys.readouterr().out
    assert "talks.txt" in out and "1998-06-05 (command-line)" in out
    assert "1998-06-03" in out and "'3 June 1998'" in out


@pytest.mark.parametrize(
    "args",
    [
        ["extract"],  # nothing to read
        ["extract", "--jsonl", "some/path"],  # stdin and paths at once
        ["extract", "x.txt", "--date", "2021-13-01"],  # not a date
        ["extract", "x.txt", "--json", "--jsonl"],  # two output modes
    ],
)
def test_usage_errors_exit_2(args):
    result = run_cli(*args)
    assert result.returncode == 2
    assert result.stderr.strip()
    assert not result.stdout


# --- JSON serialisation ------------------------------------------------------------------


def test_mention_to_json_carries_interval_anchor_and_sentence():
    anchor = Anchor(
        AnchorKind.PREVIOUS_MENTION,
        value="1998-06-03",
        anchor_date=date(1998, 6, 3),
        mention_start=19,
        mention_end=30,
        mention_text="3 June 1998",
    )
    mention = Mention(
        start=50,
        end=64,
        text="two days later",
        timex_type=TimexType.DATE,
        value="1998-06-05",
        interval=TimeInterval.for_day(date(1998, 6, 5)),
        rule="relative.days_later",
        anchor=anchor,
        stated=frozenset({"offset", "unit"}),
        sentence_start=33,
        sentence_end=65,
        tense="past",
        explanation="two days after 3 June 1998",
    )
    record = json.loads(dumps(mention_to_json(mention)))
    assert record["type"] == "DATE" and record["granularity"] == "day"
    assert record["interval"] == ["1998-06-05T00:00:00", "1998-06-06T00:00:00"]
    assert record["anchor"] == {
        "kind": "previous-mention",
        "value": "1998-06-03",
        "date": "1998-06-03",
        "mention": {"start": 19, "end": 30, "text": "3 June 1998"},
    }
    assert record["stated"] == ["offset", "unit"]
    assert record["sentence"] == [33, 65]


def test_article_to_json_keeps_date_evidence_and_an_unresolved_duration():
    article = Article(
        article_id="a.txt",
        path="/tmp/a.txt",
        title="A",
        text="a three-day visit",
        date=date(2023, 3, 20),
        date_source="manifest",
        candidates=(DateCandidate(date(2023, 3, 20), "manifest", 'date = "2023-03-20"', 9),),
        warnings=("dates disagree",),
    )
    duration = Mention(2, 11, "three-day", TimexType.DURATION, "P3D", None, "duration", Anchor(AnchorKind.NONE))
    record = article_to_json(article, [duration])
    assert record["date"] == "2023-03-20" and record["error"] is None
    assert record["date_candidates"][0]["source"] == "manifest"
    [entry] = record["mentions"]
    assert entry["interval"] is None and entry["granularity"] is None
    assert entry["anchor"]["mention"] is None


def test_dumps_escapes_only_when_it_must():
    assert dumps({"t": "Zürich"}) == '{"t": "Zürich"}'
    escaped = dumps({"t": "\ud800"})
    escaped.encode("utf-8")
    assert json.loads(escaped) == {"t": "\ud800"}
