"""Resolver for a live blog's stamp run into the post before it ("... plead for help 1400 Ansel
Herz, an American journalist, says ..."): the time of the post it opens."""

from __future__ import annotations

from timeline.extract.live_blog import run_in_stamps
from timeline.extract.resolution import ARTICLE, TIME, Context, Resolution


def run_in_post_time(number: str, ctx: Context) -> Resolution | None:
    """The post's time when the four digits at ctx.start are such a stamp, else None."""
    if ctx.article_date is None or ctx.start not in run_in_stamps(ctx.text, ctx.article_date):
        return None
    clock = f"T{number[:2]}:{number[2:]}"
    return Resolution(TIME, ctx.article_date.isoformat() + clock, ARTICLE, frozenset({"hour", "minute"}),
                      rule="live-blog-run-in-stamp")


def resolve_run_in_stamp(groups: dict[str, str], ctx: Context) -> Resolution | None:
    """The last rule of all: a number no other rule read ("0915"), when it is such a stamp."""
    return run_in_post_time(groups["hour"] + groups["minute"], ctx)


RESOLVERS = {"run_in_stamp": resolve_run_in_stamp}
