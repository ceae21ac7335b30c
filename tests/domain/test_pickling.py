"""Domain values pickled as calls of their class come back equal, derived fields included."""

from __future__ import annotations

import copy
import pickle
from dataclasses import dataclass, field

from timeline.analysis import analyse, seeds_folder
from timeline.domain.pickling import pickled_by_arguments
from timeline.ingest import load_paths


@pickled_by_arguments
@dataclass(frozen=True, slots=True)
class _Pair:
    left: int
    right: int = 0
    total: int = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "total", self.left + self.right)


@pickled_by_arguments
@dataclass(frozen=True, slots=True)
class _Single:
    value: str


def test_a_value_comes_back_equal_with_what_is_derived_from_it_worked_out_again() -> None:
    pair = pickle.loads(pickle.dumps(_Pair(2, 3)))
    assert (pair.left, pair.right, pair.total) == (2, 3, 5)
    assert pickle.loads(pickle.dumps(_Single("x"))) == _Single("x")
    assert copy.deepcopy(_Pair(1, 1)).total == 2


def test_a_corpus_comes_back_equal_through_pickle_and_copy() -> None:
    corpus = analyse(load_paths([seeds_folder()]))
    for restored in (pickle.loads(pickle.dumps(corpus, protocol=pickle.HIGHEST_PROTOCOL)), copy.deepcopy(corpus)):
        assert restored == corpus
        assert [a.unanchored for a in restored.analyses] == [a.unanchored for a in corpus.analyses]
        assert [(e.article_ids, e.is_implied) for e in restored.events] == [
            (e.article_ids, e.is_implied) for e in corpus.events]
        assert restored.analysis(corpus.analyses[0].article.article_id) == corpus.analyses[0]
