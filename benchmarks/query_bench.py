"""The store's query benchmark: synthetic merged events bulk-inserted into a temporary SQLite store, then p50/p95
latency of typical `Store.events` queries (target: p95 under 50 ms at 1,000,000 events).

    .venv/bin/python benchmarks/query_bench.py            # 1,000,000 events
    .venv/bin/python benchmarks/query_bench.py --quick    # 50,000 events, a smoke run
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from wirecoder.models import EVENT_TYPES
from wirecoder.store import EventFilter, Store

FULL_ROWS = 1_000_000
QUICK_ROWS = 50_000
REPEATS = 60
TARGET_P95_MS = 50.0
COUNTRIES = ("PK", "AF", "IQ", "SY", "YE", "SO", "NG", "ML", "BF", "CD", "SD", "ET", "MM", "IN", "UA", "MX", "CO",
             "BR", "PH", "LY", "KE", "CM", "NE", "TD", "MZ", "LB", "IL", "PS", "IR", "TR")
FIRST_DAY = dt.date(2020, 1, 1)
DAYS = 5 * 365
ACTORS = 2000
INSERT_BATCH = 20_000


@dataclass(frozen=True, slots=True)
class QueryTiming:
    """Latency of one kind of query over its repeats, in milliseconds, and the rows it returned on average."""

    name: str
    p50_ms: float
    p95_ms: float
    mean_rows: float

    def line(self) -> str:
        """One aligned report line."""
        verdict = "ok" if self.p95_ms < TARGET_P95_MS else "SLOW"
        return (f"{self.name:<34} p50 {self.p50_ms:7.2f} ms   p95 {self.p95_ms:7.2f} ms   "
                f"rows {self.mean_rows:8.1f}   {verdict}")


def synthetic_rows(count: int, rng: random.Random) -> Iterator[tuple]:
    """Merged-event rows with a realistic spread of countries, dates, types, tolls and actors."""
    subtypes = [(parent, sub) for parent, subs in EVENT_TYPES.items() for sub in subs]
    # A few countries report most events, as in real conflict data.
    weights = [1.0 / (rank + 1) for rank in range(len(COUNTRIES))]
    # A store fills in the order news arrives, so row order follows event dates (with the odd late report).
    offsets = sorted(rng.randrange(DAYS) for _ in range(count))
    for number, offset in enumerate(offsets):
        country = rng.choices(COUNTRIES, weights)[0]
        day = FIRST_DAY + dt.timedelta(days=max(0, offset - (rng.randrange(30) if rng.random() < 0.05 else 0)))
        parent, sub = rng.choice(subtypes)
        perpetrator, target = f"actor {rng.randrange(ACTORS)}", f"actor {rng.randrange(ACTORS)}"
        killed = int(rng.expovariate(0.3)) if rng.random() < 0.7 else 0
        admin1 = f"{country} province {rng.randrange(12)}"
        sources = json.dumps([f"article-{number}"])
        yield (parent, sub, day.isoformat(), "day", day.isoformat(), day.isoformat(), country, admin1,
               f"{admin1} town {rng.randrange(40)}", rng.uniform(-60, 60), rng.uniform(-120, 120), "location",
               killed, rng.randrange(5), perpetrator, target, perpetrator, target, 1, sources, "[]")


def fill(store: Store, count: int, rng: random.Random) -> None:
    """Bulk-insert `count` synthetic merged events in large transactions."""
    sql = ("INSERT INTO event_clusters (event_type, sub_event_type, date, date_precision, date_first, date_last, "
           "country, admin1, location, lat, lon, geo_precision, killed, wounded, perpetrator, target, "
           "perpetrator_key, target_key, report_count, sources, outlets) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    rows = synthetic_rows(count, rng)
    connection = store.connection
    while True:
        batch = [row for _, row in zip(range(INSERT_BATCH), rows, strict=False)]
        if not batch:
            break
        connection.execute("BEGIN")
        connection.executemany(sql, batch)
        connection.execute("COMMIT")
    connection.execute("PRAGMA optimize")


def month_range(rng: random.Random) -> tuple[str, str]:
    """A random calendar month within the data's years, as (since, until)."""
    start = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS - 31))
    first = start.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return first.isoformat(), last.isoformat()


def typical_queries(rng: random.Random) -> dict[str, Callable[[], EventFilter]]:
    """Each kind of query, as a maker of random filters of that kind."""
    def country_month() -> EventFilter:
        since, until = month_range(rng)
        return EventFilter(country=rng.choice(COUNTRIES[:10]), since=since, until=until)

    def country_year_deadly() -> EventFilter:
        year = rng.randrange(2020, 2025)
        return EventFilter(country=rng.choice(COUNTRIES[:10]), since=str(year), until=str(year), min_killed=10)

    def actor() -> EventFilter:
        return EventFilter(actor=f"actor {rng.randrange(ACTORS)}")

    def actor_since() -> EventFilter:
        return EventFilter(actor=f"actor {rng.randrange(ACTORS)}", since=month_range(rng)[0])

    def admin1_type() -> EventFilter:
        country = rng.choice(COUNTRIES[:10])
        return EventFilter(admin1=f"{country} province {rng.randrange(12)}", event_type="Battles")

    def latest_hundred() -> EventFilter:
        return EventFilter(since=month_range(rng)[0], limit=100)

    return {"country + month": country_month, "country + year + killed >= 10": country_year_deadly,
            "actor": actor, "actor + since": actor_since, "admin1 + type": admin1_type,
            "since + limit 100": latest_hundred}


def time_query(store: Store, name: str, make: Callable[[], EventFilter], repeats: int) -> QueryTiming:
    """Run `repeats` random queries of one kind, reading every row, and summarise their latency."""
    elapsed, rows = [], []
    for _ in range(repeats):
        criteria = make()
        started = time.perf_counter()
        rows.append(sum(1 for _ in store.events(criteria)))
        elapsed.append((time.perf_counter() - started) * 1000)
    elapsed.sort()
    p95 = elapsed[min(len(elapsed) - 1, round(0.95 * (len(elapsed) - 1)))]
    return QueryTiming(name, statistics.median(elapsed), p95, statistics.fmean(rows))


def build_parser() -> argparse.ArgumentParser:
    """The benchmark's options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_ROWS:,} events instead of {FULL_ROWS:,}")
    parser.add_argument("--rows", type=int, help="synthetic merged events (overrides --quick)")
    parser.add_argument("--repeats", type=int, default=REPEATS, help="queries of each kind (default %(default)s)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", type=Path, help="keep the synthetic store here (filled only when it has no events), "
                                                "so repeated runs time the queries without refilling")
    return parser


def timed_store(path: Path, count: int, rng: random.Random, repeats: int) -> list[QueryTiming]:
    """Fill the store at `path` unless it already has events, then time each kind of query."""
    with Store.open(path) as store:
        if store.counts()["merged_events"] == 0:
            started = time.perf_counter()
            fill(store, count, rng)
            print(f"{count:,} merged events inserted in {time.perf_counter() - started:.1f} s", flush=True)
        else:
            print(f"reusing {store.counts()['merged_events']:,} merged events in {path}", flush=True)
        return [time_query(store, name, make, repeats) for name, make in typical_queries(rng).items()]


def main(argv: list[str] | None = None) -> int:
    """Build the synthetic store, time the queries, print a table; exit 1 when a p95 misses the target."""
    options = build_parser().parse_args(argv)
    count = options.rows or (QUICK_ROWS if options.quick else FULL_ROWS)
    rng = random.Random(options.seed)
    if options.db is not None:
        timings = timed_store(options.db, count, rng, options.repeats)
    else:
        with tempfile.TemporaryDirectory(prefix="wirecoder-bench-") as folder:
            timings = timed_store(Path(folder) / "bench.db", count, rng, options.repeats)
    for timing in timings:
        print(timing.line())
    slow = [timing.name for timing in timings if timing.p95_ms >= TARGET_P95_MS]
    print(f"target p95 < {TARGET_P95_MS:.0f} ms: " + ("met" if not slow else f"missed by {', '.join(slow)}"))
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
