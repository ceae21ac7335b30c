"""Resolver for a time stamp opening a line: a live-blog post's time, else what it would be."""

from __future__ import annotations

from dataclasses import replace

from timeline.extract.live_blog import live_stamps
from timeline.extract.resolution import ARTICLE, TIME, Context, Resolution, unanchored
from timeline.extract.resolvers.absolute import resolve_year
from timeline.extract.resolvers.times import resolve_clock_time


def resolve_live_stamp(groups: dict[str, str], ctx: Context) -> Resolution | None:
    hour, minute = int(groups["hour"]), int(groups["minute"])
    clock = f"T{hour:02d}:{minute:02d}"
    stated = frozenset({"hour", "minute"})
    if ctx.article_date is None:
        if "colon" in groups:
            return unanchored(TIME, "XXXX-XX-XX" + clock, stated)
    elif ctx.start in live_stamps(ctx.text, ctx.article_date):
        # a post is written on the day the blog is dated, whatever day it tells of
        return Resolution(TIME, ctx.article_date.isoformat() + clock, ARTICLE, stated)
    if "colon" in groups:  # "14:13" is a time of day, on the day the story is on
        return resolve_clock_time({"hour": groups["hour"], "minute": groups["minute"]}, ctx)
    # One line opening with four digits is no live blog: "1945 The war ends." tells a year.
    year = resolve_year({"year": groups["hour"] + groups["minute"]}, ctx)
    return None if year is None else replace(year, rule="year")


RESOLVERS = {"live_stamp": resolve_live_stamp}
