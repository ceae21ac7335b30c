"""Importance: support, how much the corpus names the day, later recall and the coverage burst; background."""

from __future__ import annotations

from dataclasses import replace as changed
from datetime import date

from event_builders import analysis

from timeline.domain.corpus import ArticleAnalysis
from timeline.events import build_events
from timeline.events.importance import is_background, publication_span
from timeline.extract.chronology import RULE
from timeline.extract.timex_values import interval_for_value

JUNE_2 = date(2021, 6, 2)
TUESDAY = ("on Tuesday", "2021-06-01")


def _by_label_word(events, word):
    return next(e for e in events if word in e.label.lower())


def test_an_event_recalled_by_later_articles_outranks_one_told_once_by_as_many():
    analyses = [
        analysis("a1", JUNE_2, "The dam burst on Tuesday, flooding the valley.", [TUESDAY]),
        analysis("a2", JUNE_2, "A choir sang carols on Tuesday in the square.", [TUESDAY]),
        analysis("a3", date(2021, 6, 20), "The dam burst on 1 June, weeks of repairs followed.",
                 [("on 1 June", "2021-06-01")]),
        analysis("a4", JUNE_2, "A choir sang carols on Tuesday near the river.", [TUESDAY]),
        analysis("a5", date(2021, 6, 30), "Engineers still blame the dam burst of 1 June on old concrete.",
                 [("of 1 June", "2021-06-01")]),
    ]
    events = build_events(analyses)
    dam = _by_label_word(events, "dam")
    choir = _by_label_word(events, "choir")
    assert dam.source_count == 3 and choir.source_count == 2
    assert dam.importance > choir.importance
    assert max(e.importance for e in events) == 1.0
    assert all(0.0 <= e.importance <= 1.0 for e in events)


def test_a_day_with_a_coverage_burst_outranks_a_quiet_day_with_the_same_support():
    busy = [analysis(f"b{i}", date(2021, 3, 5), f"Talks collapsed on Friday, story {i}.",
                     [("on Friday", "2021-03-05")]) for i in range(2)]
    quiet = [analysis(f"q{i}", date(2021, 3, 12), f"Ferries resumed on Friday, note {i}.",
                      [("on Friday", "2021-03-12")]) for i in range(2)]
    # Articles published on the day of the talks with no dated mention: coverage, not support.
    coverage = [analysis(f"c{i}", date(2021, 3, 5), "Markets were calm.", []) for i in range(6)]
    events = build_events(busy + quiet + coverage)
    talks = _by_label_word(events, "talks")
    ferries = _by_label_word(events, "ferries")
    assert talks.source_count == ferries.source_count == 2
    assert talks.importance > ferries.importance


def test_history_far_before_the_publication_span_is_background():
    analyses = [
        analysis(f"n{i}", date(2010, 1, 14 + i),
                 "Rescuers reached the city on Wednesday. The cathedral was built in 1720.",
                 [("on Wednesday", "2010-01-13"), ("in 1720", "1720")])
        for i in range(3)
    ]
    events = build_events(analyses)
    history = next(e for e in events if e.value == "1720")
    story = next(e for e in events if e.value == "2010-01-13")
    assert history.background and not story.background


def test_span_ignores_a_stray_misdated_article():
    analyses = [analysis(f"n{i}", date(2010, 5, 1 + i % 28), "Nothing dated.", []) for i in range(99)]
    analyses.append(analysis("stray", date(1999, 1, 1), "Nothing dated.", []))
    first, last = publication_span(analyses)  # type: ignore[misc]
    assert first >= date(2010, 5, 1) and last <= date(2010, 5, 28)
    near = interval_for_value("2011-03")
    far = interval_for_value("2005")
    assert near is not None and far is not None
    assert not is_background(near, (first, last))
    assert is_background(far, (first, last))
    assert not is_background(far, None)  # undated corpus: nothing to be far from
    century = interval_for_value("20")  # the 21st century holds the story, but is no date of it
    assert century is not None and is_background(century, (first, last))


def test_a_chronology_entry_counts_double():
    plain = [analysis(f"p{i}", date(2021, 9, 30), f"The bridge reopened on 2 September, note {i}.",
                      [("on 2 September", "2021-09-02")]) for i in range(2)]
    listed = [analysis(f"l{i}", date(2021, 9, 30), f"The ferry sank on 3 September, note {i}.",
                       [("on 3 September", "2021-09-03")]) for i in range(2)]
    listed[0] = ArticleAnalysis(listed[0].article, tuple(changed(m, rule=RULE) for m in listed[0].mentions))
    events = build_events(plain + listed)
    assert _by_label_word(events, "ferry").importance > _by_label_word(events, "bridge").importance


def test_a_passing_remark_on_a_big_day_does_not_borrow_the_day_s_weight():
    published = date(2021, 5, 20)
    storm = [analysis(f"s{i}", published, f"The storm flooded the harbour on 10 May, report {i}.",
                      [("on 10 May", "2021-05-10")]) for i in range(5)]
    remark = [analysis("r", published, "A bakery changed its opening hours on 10 May.", [("on 10 May", "2021-05-10")])]
    vote = [analysis(f"v{i}", published, f"The council voted on the budget on 12 May, note {i}.",
                     [("on 12 May", "2021-05-12")]) for i in range(2)]
    events = build_events(storm + remark + vote)
    bakery = _by_label_word(events, "bakery")
    council = _by_label_word(events, "council")
    assert _by_label_word(events, "storm").importance == 1.0
    assert council.importance > bakery.importance


def test_lone_reports_of_a_much_named_day_do_not_outrank_a_happening_several_report():
    # Many articles name 10 May, each for a passing matter of its own; two tell the vote of 12 May.
    published = date(2021, 5, 20)
    matters = ["A bakery changed its opening hours", "The library lent its ten thousandth book",
               "A florist won a prize for roses", "The museum hung a new portrait",
               "A pharmacy hired two nurses", "The zoo welcomed a baby giraffe"]
    remarks = [analysis(f"r{i}", published, f"{matter} on 10 May.", [("on 10 May", "2021-05-10")])
               for i, matter in enumerate(matters)]
    vote = [analysis(f"v{i}", published, f"The council voted on the budget on 12 May, note {i}.",
                     [("on 12 May", "2021-05-12")]) for i in range(2)]
    events = build_events(remarks + vote)
    council = _by_label_word(events, "council")
    assert council.source_count == 2
    assert all(council.importance > e.importance for e in events if e is not council)


def test_ranking_again_after_a_few_changes_gives_a_fresh_ranking_and_keeps_untouched_copies():
    """EventRanker after an edit ranks again only the periods the edit touched: the result is
    what ranking from nothing gives, and an event whose importance did not move keeps its copy."""
    import random

    from timeline.analysis import load_analysed, seeds_folder
    from timeline.events.importance import EventRanker

    corpus, base = load_analysed([seeds_folder()], workers=1)
    analyses = corpus.analyses
    events = list(base.automatic)
    ranker = EventRanker(analyses)
    rng = random.Random(5)
    kept_copies = 0
    previous = {id(e): copy for e, copy in zip(events, ranker.rank(events), strict=True)}
    for _ in range(60):
        k = rng.randrange(len(events))
        kind = rng.random()
        if kind < 0.1:  # the top event goes: every importance moves
            top = max(range(len(events)), key=lambda i: previous[id(events[i])].importance)
            del events[top]
        elif kind < 0.4:
            events[k] = changed(events[k], label=f"Renamed {rng.random()}", edited=True)
        elif kind < 0.6 and len(events) > 2:
            del events[k]
        elif kind < 0.8:
            other = rng.randrange(len(events))
            events[k] = changed(events[k], mentions=events[k].mentions + events[other].mentions, edited=True)
        else:
            events.insert(k, changed(events[k], event_id=f"copy{rng.random()}"))
        ranked = ranker.rank(events)
        assert ranked == EventRanker(analyses).rank(events)
        for event, copy in zip(events, ranked, strict=True):
            # What a copy works out from its mentions (not compared by ==) is the event's own.
            assert (copy.article_ids, copy.is_implied) == (event.article_ids, event.is_implied)
            earlier = previous.get(id(event))
            if earlier is not None and earlier.importance == copy.importance:
                assert copy is earlier
                kept_copies += 1
        previous = {id(e): copy for e, copy in zip(events, ranked, strict=True)}
    assert kept_copies > 60 * len(events) // 2  # most events keep their copy from edit to edit


def test_a_date_change_reaches_the_remembered_events_of_its_article_days_and_periods():
    """What an article's date change forgets of the ranking (EventRanker.article_changed) is found
    through the events filed by article, day and period, not by asking every remembered event:
    the same events as asking each, also after events come and go."""
    import random
    from datetime import timedelta

    from timeline.analysis import load_analysed, seeds_folder
    from timeline.events.importance import EventRanker, _Reach

    corpus, base = load_analysed([seeds_folder()], workers=1)
    events = list(base.automatic)
    ranker = EventRanker(corpus.analyses)
    ranker.rank(events)
    memo = dict(ranker._memo)
    reach = _Reach()
    rng = random.Random(4)
    gone: list = []
    days = sorted({e.interval.first_day for e in events})
    periods = sorted({part[1] for part in memo.values()}, key=repr)
    articles = sorted({a for e in events for a in e.article_ids})
    for round_number in range(40):
        if round_number % 5 == 4:  # some go, a copy comes
            for key in rng.sample(sorted(memo), 3):
                gone.append(memo.pop(key))  # (kept alive: no new event takes their ids here)
            copy = changed(rng.choice(events), label=f"copy {round_number}")
            memo[id(copy)] = (copy, *ranker._parts(copy)[1:])
        article = rng.choice(articles)
        chosen_days = {rng.choice(days) + timedelta(days=rng.choice([0, 1])) for _ in range(2)}
        chosen_periods = set(rng.sample(periods, 2))
        expected = {key for key, part in memo.items()
                    if article in part[0].article_ids or part[1] in chosen_periods
                    or (part[0].interval.first_day == part[0].interval.last_day
                        and part[0].interval.first_day in chosen_days)}
        assert reach.reached(memo, article, chosen_days, chosen_periods) == expected


def test_the_publication_span_follows_article_date_changes_as_ranking_from_nothing_does():
    """EventRanker keeps the sorted publication dates as articles' dates change (article_changed)
    rather than sorting every date again: its ranking after each change, the span moved far (an
    article years later) and back among them, is the one a ranker of the new analyses gives."""
    import random
    from datetime import timedelta

    from timeline.analysis import load_analysed, seeds_folder
    from timeline.events.importance import EventRanker

    corpus, base = load_analysed([seeds_folder()], workers=1)
    analyses = list(corpus.analyses)
    events = list(base.automatic)
    ranker = EventRanker(analyses)
    ranker.rank(events)
    rng = random.Random(9)
    dated = [at for at, a in enumerate(analyses) if a.article.date is not None]
    spans = set()
    for round_number in range(30):
        at = rng.choice(dated)
        old = analyses[at]
        assert old.article.date is not None
        shift = rng.choice([-1, 2, 900, -900]) if round_number % 3 else rng.choice([-3000, 3000])
        new = ArticleAnalysis(changed(old.article, date=old.article.date + timedelta(days=shift)), old.mentions)
        analyses[at] = new
        ranker.article_changed(old, new, None)
        spans.add(publication_span(analyses))
        assert ranker._span == publication_span(analyses)  # what the background flags are judged by
        assert ranker.rank(events) == EventRanker(analyses).rank(events)
    assert len(spans) > 3  # the span did move
