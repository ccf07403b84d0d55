"""The agreement coefficients, as pure functions over plain values (no database).

Definitions (also in the README, "Several annotators"): a mention *matches exactly* when
article, start, end and type are equal; a claim when article, start and end are equal.
``exact_f1 = 2|A∩B| / (|A|+|B|)``. ``overlap_f1`` matches overlapping spans one to one, largest
overlap first.
Cohen's kappa and Krippendorff's alpha (nominal) follow their textbook definitions; a figure
that has nothing to be computed from (no items, or a single category everywhere) is ``None``,
never a division error.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

# A span: (article id, start, end, label); the label is the entity type for mentions and
# ignored ("") where it does not take part in the matching.
Span = tuple[str, int, int, str]


def f1(matched: int, n_a: int, n_b: int) -> float | None:
    """``2·matched / (n_a + n_b)``; None when neither side has anything."""
    return None if n_a + n_b == 0 else 2 * matched / (n_a + n_b)


def exact_matches(a: Iterable[Span], b: Iterable[Span]) -> int:
    """How many spans of A have an identical span in B, one to one (duplicates count once each)."""
    left, right = Counter(a), Counter(b)
    return sum(min(count, right[span]) for span, count in left.items())


def overlap_matches(a: Sequence[Span], b: Sequence[Span]) -> int:
    """One-to-one matching of overlapping spans with the same label, largest overlap first.

    Greedy over all overlapping pairs sorted by overlap length (longest first; ties by reading
    order), each span used at most once: the rule a reader would apply by hand.
    """
    by_key: dict[tuple[str, str], list[int]] = {}
    for j, (article, _start, _end, label) in enumerate(b):
        by_key.setdefault((article, label), []).append(j)
    candidates: list[tuple[int, int, int, int, int]] = []
    for i, (article, start, end, label) in enumerate(a):
        for j in by_key.get((article, label), ()):
            _, b_start, b_end, _ = b[j]
            overlap = min(end, b_end) - max(start, b_start)
            if overlap > 0:
                candidates.append((-overlap, start, b_start, i, j))
    candidates.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    for _, _, _, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
    return len(used_a)


@dataclass(frozen=True, slots=True)
class Kappa:
    n: int
    observed: float | None
    cohen_kappa: float | None

    def as_dict(self) -> dict[str, float | int | None]:
        return {"n": self.n, "observed": self.observed, "cohen_kappa": self.cohen_kappa}


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> Kappa:
    """Cohen's kappa of two raters over the items both labelled: ``(po − pe) / (1 − pe)``.

    ``po`` is the share of items with the same label; ``pe`` the agreement expected by chance,
    ``Σ_c p_a(c)·p_b(c)``. With no items both figures are None; when chance agreement is
    already total (both used one and the same label for everything) kappa is None.
    """
    n = len(pairs)
    if n == 0:
        return Kappa(0, None, None)
    observed = sum(1 for x, y in pairs if x == y) / n
    left = Counter(x for x, _ in pairs)
    right = Counter(y for _, y in pairs)
    expected = sum(left[c] * right[c] for c in left) / (n * n)
    if expected >= 1.0:
        return Kappa(n, observed, None)
    return Kappa(n, observed, (observed - expected) / (1 - expected))


def krippendorff_alpha_nominal(units: Iterable[Sequence[Hashable]]) -> float | None:
    """Krippendorff's alpha for nominal data; each unit is the values its coders gave it.

    Built on the coincidence matrix: a unit with m ≥ 2 values adds 1/(m−1) for every ordered
    pair of its values. ``alpha = 1 − (n−1)·D_o / Σ_{c≠k} n_c·n_k`` with ``D_o`` the
    off-diagonal coincidences. None when no unit has two values or only one value occurs.
    """
    coincidences: defaultdict[tuple[Hashable, Hashable], float] = defaultdict(float)
    for values in units:
        m = len(values)
        if m < 2:
            continue
        for x, y in combinations(values, 2):
            coincidences[(x, y)] += 1 / (m - 1)
            coincidences[(y, x)] += 1 / (m - 1)
    totals: defaultdict[Hashable, float] = defaultdict(float)
    for (x, _), weight in coincidences.items():
        totals[x] += weight
    n = sum(totals.values())
    if n <= 1:
        return None
    disagreement = sum(w for (x, y), w in coincidences.items() if x != y)
    chance = sum(totals[x] * totals[y] for x in totals for y in totals if x != y)
    if chance == 0:
        return None
    return 1 - (n - 1) * disagreement / chance
