"""load_paths over folders: manifest dates, titles, order, ids, skipped files, progress, cancel."""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path

from timeline.ingest import load_paths, read_document


def test_seeds_take_their_dates_titles_and_outlets_from_the_manifest(seeds_dir: Path):
    manifest = tomllib.loads((seeds_dir / "manifest.toml").read_text(encoding="utf-8"))
    expected = {entry["file"]: entry for entry in manifest["article"]}

    articles = load_paths([seeds_dir])

    assert [a.article_id for a in articles] == sorted(expected)
    for article in articles:
        entry = expected[article.article_id]
        assert article.error is None
        assert article.date == date.fromisoformat(entry["date"])
        assert article.date_source == "manifest"
        assert article.title == entry["title"]
        assert article.outlet == entry["outlet"]
        assert article.text == (seeds_dir / article.article_id).read_text(encoding="utf-8")


def test_saved_page_line_of_seed_004_is_metadata_and_named_in_a_warning(seeds_dir: Path):
    article = {a.article_id: a for a in load_paths([seeds_dir])}["004_15a6f753234c383f.txt"]

    (start, end), = article.metadata_spans
    assert article.text[start:end] == "• Tuesday, 02 July 2024"
    assert article.date == date(2023, 3, 20)
    assert article.warnings == (
        "first line says Tue 2 Jul 2024 (likely the save date); using manifest date Mon 20 Mar 2023",
    )
    sources = [(c.source, c.value) for c in article.candidates]
    assert sources == [("manifest", date(2023, 3, 20)), ("dateline", date(2024, 7, 2))]


def test_folder_is_walked_recursively_in_stable_order_skipping_hidden_and_declarations(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two.", encoding="utf-8")
    (tmp_path / "A.txt").write_text("One.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Three.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / "c.txt.meta.toml").write_text('date = "2023-01-02"\n', encoding="utf-8")
    (tmp_path / "Thumbs.db").write_bytes(b"\0" * 16)
    (tmp_path / "page.htm").write_text("<html><body><p>Page text.</p></body></html>")
    (tmp_path / "page_files").mkdir()
    (tmp_path / "page_files" / "app.js").write_text("var x = 1;")
    (tmp_path / "other_files").mkdir()  # no page of that name: an ordinary folder
    (tmp_path / "other_files" / "kept.txt").write_text("Kept.", encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(
        '[[article]]\nfile = "b/two.txt"\ndate = 2023-03-20\ntitle = "Second"\n', encoding="utf-8"
    )

    articles = load_paths([tmp_path])

    assert [a.article_id for a in articles] == [
        "A.txt", "b/two.txt", "c.txt", "other_files/kept.txt", "page.htm"
    ]
    by_id = {a.article_id: a for a in articles}
    assert (by_id["b/two.txt"].date, by_id["b/two.txt"].title) == (date(2023, 3, 20), "Second")
    assert (by_id["c.txt"].date, by_id["c.txt"].date_source) == (date(2023, 1, 2), "sidecar")
    assert by_id["A.txt"].date is None and by_id["A.txt"].title == "One."


def test_sidecar_and_manifest_disagreeing_keep_the_sidecar_and_warn(tmp_path):
    (tmp_path / "x.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "x.meta.json").write_text('{"date": "2023-03-21", "title": "Side"}', encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(
        '[[article]]\nfile = "x.txt"\ndate = "2023-03-20"\ntitle = "Listed"\noutlet = "Wire"\n',
        encoding="utf-8",
    )

    article, = load_paths([tmp_path])

    assert (article.date, article.date_source) == (date(2023, 3, 21), "sidecar")
    assert (article.title, article.outlet) == ("Side", "Wire")
    assert article.warnings == ("manifest says Mon 20 Mar 2023; using sidecar date Tue 21 Mar 2023",)


def test_broken_manifest_is_reported_on_its_articles_which_still_load(tmp_path):
    (tmp_path / "x.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "manifest.toml").write_text("[[article]\nfile = ", encoding="utf-8")

    article, = load_paths([tmp_path])

    assert article.error is None and article.text == "Text."
    assert len(article.warnings) == 1 and "manifest.toml" in article.warnings[0]


def test_bad_manifest_date_is_a_warning_not_a_date(tmp_path):
    (tmp_path / "x.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(
        '[[article]]\nfile = "x.txt"\ndate = "20/03/2023"\n', encoding="utf-8"
    )

    article, = load_paths([tmp_path])

    assert article.date is None
    assert article.warnings == ("manifest.toml: ignored date '20/03/2023' (expected YYYY-MM-DD)",)


def test_same_file_names_under_two_folders_get_distinct_ids(tmp_path):
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.txt").write_text(f"From {name}.", encoding="utf-8")

    articles = load_paths([tmp_path / "one", tmp_path / "two", tmp_path / "one" / "a.txt"])

    assert [a.article_id for a in articles] == ["a.txt", "two/a.txt"]
    assert [a.text for a in articles] == ["From one.", "From two."]


def test_progress_is_reported_per_file_and_cancel_stops_early(tmp_path):
    for index in range(4):
        (tmp_path / f"{index}.txt").write_text(f"Text {index}.", encoding="utf-8")
    progress: list[tuple[int, int]] = []

    assert len(load_paths([tmp_path], on_progress=lambda d, t: progress.append((d, t)))) == 4
    assert progress == [(1, 4), (2, 4), (3, 4), (4, 4)]

    done: list[int] = []
    stopped = load_paths(
        [tmp_path], on_progress=lambda d, t: done.append(d), should_cancel=lambda: len(done) >= 2
    )
    assert [a.article_id for a in stopped] == ["0.txt", "1.txt"]


def test_read_document_uses_the_manifest_beside_it(seeds_dir: Path):
    article = read_document(seeds_dir / "002_d02e69e0bdaf5843.txt")

    assert article.article_id == "002_d02e69e0bdaf5843.txt"
    assert (article.date, article.date_source) == (date(2023, 3, 20), "manifest")


def test_missing_path_gives_an_article_with_an_error(tmp_path):
    article, = load_paths([tmp_path / "nowhere.txt"])

    assert article.error == "file not found"
