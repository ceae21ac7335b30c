"""A LabelMemo answers as labels.label_choices and labels.date_is_factual do, asking each piece of
evidence nobody prepared once; after an article's date change nothing is asked twice."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import timedelta

from tests.fixtures.generated_news import generated_articles
from timeline.analysis import analyses_corpus
from timeline.analysis.pool import analyse_article
from timeline.analysis.redate import ArticleRedater
from timeline.domain.edits import SetArticleDate
from timeline.events import label_memo, labels
from timeline.events.evidence import collect_evidence
from timeline.events.label_memo import LabelMemo
from timeline.events.labels import date_is_factual, label_choices, prepared_labels


def _evidence():
    return collect_evidence([analyse_article(article) for article in generated_articles(6, seed=3)])


def test_it_answers_as_the_labels_module_does():
    memo = LabelMemo()
    evidence = _evidence()
    assert evidence and all(item.label_choices is None for item in evidence)
    for item in evidence:
        assert memo.choices(item) == label_choices(item)
        assert memo.factual(item) == date_is_factual(item)
        assert memo.prepared(item) == prepared_labels(item)


def test_it_asks_once_per_object_and_afresh_for_another_at_the_same_place(monkeypatch):
    asked: list[object] = []
    monkeypatch.setattr(label_memo, "prepared_labels", lambda item: asked.append(item) or prepared_labels(item))
    memo = LabelMemo()
    item = _evidence()[0]
    first = memo.choices(item)
    assert memo.choices(item) is first and memo.prepared(item)[0] is first
    assert asked == [item]
    other = replace(item)  # the same place, another object: what it was asked about may differ
    memo.choices(other)
    assert asked == [item, other]
    # Prepared evidence answers for itself.
    choices, factual = prepared_labels(item)
    prepared = replace(item, label_choices=choices, factual_date=factual)
    assert memo.prepared(prepared) == (choices, factual) and len(asked) == 2


def test_a_date_change_and_its_undo_ask_no_evidence_twice(monkeypatch):
    """The analyses kept after a load in one process carry no label choices: the changed article's
    are worked out once (for its evidence before the change, which its new evidence reuses where
    it reads the same words), and a happening named again asks only what it did not ask before."""
    analyses = [analyse_article(article) for article in generated_articles(40, seed=5)]
    corpus, base = analyses_corpus(analyses, ())
    redater = ArticleRedater(corpus.analyses, base)
    asked: Counter[tuple[object, ...]] = Counter()
    real = labels._label_choices

    def counted(item, date_reason):
        asked[(item.key, item.mention.value)] += 1
        return real(item, date_reason)

    monkeypatch.setattr(labels, "_label_choices", counted)
    moved = 0
    for analysis in corpus.analyses[:10]:
        assert analysis.article.date is not None
        later = analysis.article.date + timedelta(days=1)
        change = redater.redate([SetArticleDate(analysis.article.article_id, later)])
        undo = redater.redate([])
        moved += len(change.came) + len(undo.came)
    assert moved and asked
    assert max(asked.values()) == 1, [key for key, count in asked.items() if count > 1]



class _CopiedShares:
    """Runs every share but the first as a forked copy would: on a copy of the memo's state (what
    it learns is lost with the copy) and with its result sent back as bytes."""

    def __init__(self, memo: LabelMemo, shares: int = 3) -> None:
        self.memo, self.shares = memo, shares

    def __call__(self, work):
        import pickle

        results = [work(0, self.shares)]
        for share in range(1, self.shares):
            known = dict(self.memo._known)
            result = pickle.dumps(work(share, self.shares))
            self.memo._known = known  # the copy is gone
            results.append(pickle.loads(result))
        return results


def test_what_forked_shares_worked_out_comes_back_into_the_builds_memo():
    """A build named in forked copies keeps every answer its naming found (the article-date worker
    names the same happenings again from them), the same answers as a build in one process."""
    from timeline.events import build_events_state

    analyses = [analyse_article(article) for article in generated_articles(40, seed=5)]
    alone = build_events_state(analyses)
    memo = LabelMemo()
    spread = build_events_state(analyses, (), _CopiedShares(memo), memo)
    assert spread.events == alone.events and spread.labels is memo
    assert alone.labels is not None
    asked_alone = {key: (entry[1], entry[2]) for key, entry in alone.labels._known.items()}
    asked_spread = {key: (entry[1], entry[2]) for key, entry in memo._known.items()}
    assert asked_alone and asked_spread == asked_alone
    table = {item.key: item for item in spread.table.evidence}
    assert all(entry[0] is table[key] for key, entry in memo._known.items())  # for the build's own evidence


def test_the_article_date_worker_asks_nothing_the_build_asked(monkeypatch):
    """The grouping state built where the analysis ran goes on from its naming's answers: a date
    change names its happenings again asking only about evidence that changed."""
    analyses = [analyse_article(article) for article in generated_articles(40, seed=5)]
    corpus, base = analyses_corpus(analyses, ())
    assert base.labels is not None
    built = {entry[0] for entry in base.labels._known.values() if entry[1] is not None}
    redater = ArticleRedater(corpus.analyses, base)
    asked: list[object] = []
    real = labels._label_choices
    monkeypatch.setattr(labels, "_label_choices", lambda item, reason: asked.append(item) or real(item, reason))
    came = 0
    for analysis in corpus.analyses[:10]:
        assert analysis.article.date is not None
        came += len(redater.redate([SetArticleDate(analysis.article.article_id,
                                                    analysis.article.date + timedelta(days=1))]).came)
    assert came
    assert not [item for item in asked if item in built]
