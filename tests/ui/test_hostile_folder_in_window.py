"""The window loads a folder of hostile files beside good ones: every good file is an article, each
bad one is listed with its one-line reason, and the load is never reported as failed."""

from __future__ import annotations

from benchmarks.hostile_documents import build_hostile_folder
from timeline.ui.main_window import MainWindow


def test_the_window_loads_every_good_file_and_lists_each_bad_ones_reason(qtbot, tmp_path):
    folder = tmp_path / "hostile"
    expected = build_hostile_folder(folder, scale=0.02)
    window = MainWindow()
    qtbot.addWidget(window)
    failures: list[str] = []
    window.session.failed.connect(failures.append)

    with qtbot.waitSignal(window.session.corpus_loaded, timeout=60_000):
        window.session.load_paths([folder])
    assert window.session.wait_until_idle(60_000)  # a load streams: wait for its end

    articles = {article.article_id: article for article in window.session.corpus.articles}
    assert failures == []
    for article_id, reason in expected.items():
        said = articles[article_id].error or " ".join(articles[article_id].warnings)
        assert reason in said and "\n" not in said, article_id
    good = [a for key, a in articles.items() if key not in expected]
    assert len(good) >= 3 and all(a.error is None and a.text for a in good)
    assert window.session.corpus.events
