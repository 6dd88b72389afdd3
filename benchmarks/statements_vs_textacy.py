"""wirecoder's statement extractor against textacy's `direct_quotations`, on the same parsed texts.

Speed: both run on the same spaCy docs of the synthetic corpus (`corpus.py`); times are the best of N repeats
and are reported as a share of the spaCy pass that produced the docs.
Quality: direct quotations of PolNeAR dev (read from `../shared` at run time, skipped when absent): a gold
statement of kind `direct` or `mixed` is found when a system quotation's content has token F1 >= 0.5 with it
(the shared scorer's matching rule); precision counts every quotation a system returns.

textacy is a benchmark-only dependency (`pip install -e ".[bench]"`); without it only wirecoder is measured.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from corpus import generate_corpus  # noqa: E402

from wirecoder.extract.statements import extract_statements  # noqa: E402
from wirecoder.nlp.model import load_nlp  # noqa: E402

DEFAULT_SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
POLNEAR = Path("datasets/polnear-dev")
MATCH_F1 = 0.5


@dataclass(slots=True)
class Quality:
    """Direct-quotation matches of one system against gold."""

    found: int = 0
    returned: int = 0
    gold: int = 0
    failed_docs: int = 0  # documents the system raised on

    def report(self) -> dict[str, float | int]:
        """Precision, recall and F1, with the raw counts."""
        precision = self.found / self.returned if self.returned else 0.0
        recall = self.found / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                "returned": self.returned, "gold": self.gold, "failed_docs": self.failed_docs}


def textacy_quotations() -> Callable | None:
    """textacy's `direct_quotations`, or None when textacy is not installed."""
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    return direct_quotations


def wirecoder_contents(doc) -> list[str]:
    """The contents of wirecoder's direct and mixed statements (the ones textacy also aims at)."""
    return [s.content for s in extract_statements(doc) if s.marker is None and s.kind in ("direct", "mixed")]


def textacy_contents(doc, direct_quotations: Callable) -> list[str]:
    """The contents of textacy's quotations, without their quotation marks."""
    return [triple.content.text.strip("\"'\u201c\u201d\u2018\u2019 ") for triple in direct_quotations(doc)]


def tokens(text: str) -> list[str]:
    """The scorer's tokens: accent-stripped, lower-cased runs of letters and digits."""
    text = unicodedata.normalize("NFKD", text)
    return re.findall(r"[^\W_]+", "".join(c for c in text if not unicodedata.combining(c)).lower())


def token_f1(a: str, b: str) -> float:
    """Multiset token F1 of two strings."""
    ta, tb = Counter(tokens(a)), Counter(tokens(b))
    common = sum((ta & tb).values())
    return 2 * common / (sum(ta.values()) + sum(tb.values())) if common else 0.0


def count_matches(gold: list[str], system: list[str]) -> int:
    """Greedy one-to-one matches at token F1 >= 0.5, best pairs first."""
    pairs = sorted(((token_f1(g, s), i, j) for i, g in enumerate(gold) for j, s in enumerate(system)), reverse=True)
    used_gold, used_system, found = set(), set(), 0
    for score, i, j in pairs:
        if score < MATCH_F1:
            break
        if i not in used_gold and j not in used_system:
            used_gold.add(i)
            used_system.add(j)
            found += 1
    return found


def best_time(run: Callable[[], object], repeat: int) -> float:
    """The best wall time of `repeat` runs (a shared machine only ever makes a run slower)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def speed(articles: int, repeat: int, direct_quotations: Callable | None) -> dict[str, float | int]:
    """Seconds for the spaCy pass and for each extractor on its docs, and each as a share of the pass."""
    nlp = load_nlp()
    texts = [article.text for article in generate_corpus(articles)]
    docs = list(nlp.pipe(texts))
    results: dict[str, float | int] = {"articles": articles, "spacy_s": round(best_time(lambda: list(nlp.pipe(texts)), repeat), 3)}
    results["wirecoder_s"] = round(best_time(lambda: [extract_statements(doc) for doc in docs], repeat), 3)
    if direct_quotations is not None:
        results["textacy_s"] = round(best_time(lambda: [_safe(direct_quotations, doc) for doc in docs], repeat), 3)
        # A document textacy rejects (an odd number of quote marks) costs it almost nothing, so say how many.
        results["textacy_failed_docs"] = sum(_safe(direct_quotations, doc) is None for doc in docs)
    for name in ("wirecoder", "textacy"):
        if f"{name}_s" in results:
            results[f"{name}_share_of_spacy"] = round(results[f"{name}_s"] / results["spacy_s"], 4)
    return results


def _safe(direct_quotations: Callable, doc) -> list | None:
    """textacy's quotations, or None when it rejects the document (an odd number of quotation marks)."""
    try:
        return list(direct_quotations(doc))
    except ValueError:
        return None


def quality(shared: Path, direct_quotations: Callable | None, limit: int | None) -> dict[str, dict] | None:
    """Direct-quotation precision and recall on PolNeAR dev, or None when the shared data is absent."""
    folder = shared / POLNEAR
    if not (folder / "gold.jsonl").exists():
        return None
    gold = {record["doc_id"]: record for record in _read_jsonl(folder / "gold.jsonl")}
    articles = list(_read_jsonl(folder / "articles.jsonl"))[:limit]
    nlp = load_nlp()
    ours, theirs = Quality(), Quality()
    for article, doc in zip(articles, nlp.pipe(a["text"] for a in articles), strict=True):
        quoted = [s["content"] for s in gold[article["id"]]["statements"] if s["kind"] in ("direct", "mixed")]
        _score(ours, quoted, lambda: wirecoder_contents(doc))
        if direct_quotations is not None:
            _score(theirs, quoted, lambda: textacy_contents(doc, direct_quotations))
    report = {"wirecoder": ours.report()}
    if direct_quotations is not None:
        report["textacy"] = theirs.report()
    return report


def _score(tally: Quality, gold: list[str], system: Callable[[], list[str]]) -> None:
    tally.gold += len(gold)
    try:
        found = system()
    except ValueError:
        tally.failed_docs += 1
        return
    tally.returned += len(found)
    tally.found += count_matches(gold, found)


def _read_jsonl(path: Path) -> Iterable[dict]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def main(argv: list[str] | None = None) -> int:
    """Print the speed and quality comparison as JSON."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100, help="synthetic articles for the speed run")
    parser.add_argument("--repeat", type=int, default=3, help="repeats per timing (best is kept)")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder (../shared)")
    parser.add_argument("--limit", type=int, help="only the first N PolNeAR articles")
    args = parser.parse_args(argv)
    direct_quotations = textacy_quotations()
    if direct_quotations is None:
        print("textacy is not installed (pip install -e '.[bench]'); measuring wirecoder only", file=sys.stderr)
    report = {"speed": speed(args.articles, args.repeat, direct_quotations),
              "polnear_direct_quotations": quality(args.shared, direct_quotations, args.limit)}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
