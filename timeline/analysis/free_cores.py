"""How many processors other programs left free over a short interval: how many worker
processes a pool can run.

A pool of worker processes pays for itself only when its workers get processors of their
own: every result is pickled across, and each worker works out more per article than one
process needs. On a machine already busy with other programs (measured on 2 cores, two of
them running: 1,460 articles took 37 s with two workers and 23 s in one process, and the
pool cost 40 % more processor time) the workers only queue behind the others. But a
processor only partly taken is worth a worker: with about one of 2 cores kept busy by
others, two (forked) workers took 7.9 s and one process 10.0 s on the same 1,460 articles
(median of 4 paired runs; 25 % more processor time). So the pool is sized by the
processors that other programs left free while the files were being listed, the partly
free one counted. This process, its parent (the window, for the analysis worker) and its
descendants (the pool's workers, forked directly or by a fork server it started) are not
"other programs": their work is the load's own.

Linux only (/proc); elsewhere, or when the interval was too short to tell, None: every core.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

_STAT = "/proc/stat"
MIN_TICKS_PER_CPU = 8  # clock ticks (1/100 s) per processor: fewer and the estimate is noise


@dataclass(frozen=True, slots=True)
class CpuTimes:
    """Clock ticks since boot: all processors busy and in all, and this process and its parent busy."""

    busy: int
    total: int
    ours: int


def cpu_times() -> CpuTimes | None:
    """The processors' clock ticks now, or None where /proc cannot be read."""
    try:
        with open(_STAT, encoding="ascii") as stream:
            fields = stream.readline().split()
        if len(fields) < 9 or fields[0] != "cpu":
            return None
        # user nice system idle iowait irq softirq steal (guest time is already in user)
        ticks = [int(value) for value in fields[1:9]]
        # This process's children it has waited for (a finished pool's forked workers) are ours too,
        # and so are the ones still running, with their own children (a fork server's workers).
        ours = (_process_ticks("self") + _children_ticks() + _descendant_ticks()
                + _process_ticks(str(os.getppid())))
    except (OSError, ValueError):
        return None
    total = sum(ticks)
    return CpuTimes(busy=total - ticks[3] - ticks[4], total=total, ours=ours)


def _stat_fields(pid: str) -> list[str] | None:
    """The fields of /proc/<pid>/stat after the command name (which may hold spaces), or None
    when the process is gone: field 3 of the line is [0]."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stream:
            return stream.read().rsplit(")", 1)[-1].split()
    except OSError:
        return None


def _process_ticks(pid: str) -> int:
    """User and system clock ticks of a process (0 when it is gone)."""
    fields = _stat_fields(pid)
    return 0 if fields is None else int(fields[11]) + int(fields[12])  # utime, stime: fields 14 and 15


def _children_ticks() -> int:
    """User and system clock ticks of this process's children it has waited for."""
    fields = _stat_fields("self")
    return 0 if fields is None else int(fields[13]) + int(fields[14])  # cutime, cstime: fields 16 and 17


def _descendant_ticks() -> int:
    """User and system clock ticks of this process's running descendants, each with its own
    children it has waited for: the workers a fork server forked for this process's pool are
    the fork server's children, not this process's, and while they run no one has waited for
    them. (0 where /proc cannot be listed.)"""
    children: dict[int, list[int]] = {}
    ticks: dict[int, int] = {}
    try:
        names = os.listdir("/proc")
    except OSError:
        return 0
    for name in names:
        if not name.isdigit():
            continue
        fields = _stat_fields(name)
        if fields is None:
            continue  # gone meanwhile
        try:
            parent, own = int(fields[1]), int(fields[11]) + int(fields[12]) + int(fields[13]) + int(fields[14])
        except (ValueError, IndexError):
            continue
        children.setdefault(parent, []).append(int(name))
        ticks[int(name)] = own
    total = 0
    waiting = list(children.get(os.getpid(), ()))
    while waiting:
        pid = waiting.pop()
        total += ticks[pid]
        waiting.extend(children.get(pid, ()))
    return total


def busy_elsewhere(since: CpuTimes | None, machine: int | None = None) -> float | None:
    """How many of the machine's `machine` processors (all by default) other programs kept
    busy, on average, since `since`."""
    now = cpu_times()
    processors = machine or os.cpu_count() or 1
    if since is None or now is None:
        return None
    total = now.total - since.total
    if total < MIN_TICKS_PER_CPU * processors:
        return None
    others = (now.busy - since.busy) - (now.ours - since.ours)
    return max(0.0, others / total * processors)


def workers_for(processors: int, others: float | None, machine: int | None = None) -> int:
    """Worker processes for a pool allowed `processors`: one per processor that other programs
    leave free of the machine's `machine`, and one for the processor they only partly take,
    at least one; all allowed when that is unknown."""
    if others is None:
        return processors
    free = (machine or os.cpu_count() or processors) - others
    return max(1, min(processors, math.floor(free) + 1))


def copies_for(processes: int, others: float | None, machine: int | None = None) -> int:
    """How many of `processes` a step after the pool may run in (this one and forked copies):
    one per processor other programs left free, counting a half-free one, at least one. A copy
    pays for its pages copied only on a processor of its own (on 2 cores with about one kept
    busy elsewhere, building bpoil's events in two processes took longer than in one)."""
    if others is None:
        return processes
    free = (machine or os.cpu_count() or processes) - others
    return max(1, min(processes, math.floor(free + 0.5)))


__all__ = ["CpuTimes", "busy_elsewhere", "copies_for", "cpu_times", "workers_for"]
