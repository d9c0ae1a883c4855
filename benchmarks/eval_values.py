"""Score value extraction alone: ``python benchmarks/eval_values.py CORPUS.yaml [--misses]``.

Detection and values fail for different reasons, so this reads each labelled notice's own
text with ``extract_values(text, language)`` (no detection in between) and reports how
often ``wrong`` and ``right`` come out exactly as labelled, by language and by error type.
Values are compared the way the sealed scorer compares them: Unicode NFKC, curly quotes
made straight, spaces collapsed, outer punctuation and quotes stripped, lower case. A
value the label leaves empty is not scored (as in the scorer), but a value read where the
label has none is counted apart as ``invented``: the parser must not state what the
notice does not.
"""

from __future__ import annotations

import argparse
import sys
import time
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from revtrack.notices.values import extract_values


def norm(value: Any) -> str | None:
    """The sealed scorer's normal form of a value."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", str(value))
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"')):
        text = text.replace(a, b)
    return " ".join(text.split()).strip(" .,;:\"'").lower()


def evaluate(items: list[dict[str, Any]]) -> dict[str, Any]:
    """Per field: exact/stated overall, by language and by error type; invented values."""
    table: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    invented = {"wrong": 0, "right": 0}
    misses: list[str] = []
    for item in items:
        if not item.get("is_notice"):
            continue
        language = str(item.get("language") or "en")
        values = extract_values(str(item.get("text") or ""), language)
        for field in ("wrong", "right"):
            expected, got = item.get(field), getattr(values, field)
            if not expected:
                invented[field] += got is not None
                continue
            ok = norm(expected) == norm(got)
            for key in ("all", f"lang {language}", f"type {item.get('error_type') or '?'}"):
                cell = table[field][key]
                cell[0] += ok
                cell[1] += 1
            if not ok:
                misses.append(f"{field}: {item.get('id')}: expected {expected!r}, got {got!r}")
    return {"table": table, "invented": invented, "misses": misses}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="YAML corpus in the corrections-dev format")
    parser.add_argument("--misses", action="store_true", help="list every value not matched")
    args = parser.parse_args(argv)
    try:
        items = yaml.safe_load(args.corpus.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        print(f"Error: cannot read {args.corpus}: {exc}", file=sys.stderr)
        return 2
    if not isinstance(items, list):
        print(f"Error: {args.corpus} is not a YAML list of items.", file=sys.stderr)
        return 2
    items = [i for i in items if isinstance(i, dict)]
    started = time.perf_counter()
    result = evaluate(items)
    elapsed = time.perf_counter() - started
    print(
        f"corpus: {args.corpus.name}, {sum(bool(i.get('is_notice')) for i in items)} notices, "
        f"{elapsed:.2f} s"
    )
    for field in ("wrong", "right"):
        rows = result["table"][field]
        ok, total = rows["all"]
        print(
            f"{field:<6} exact {ok}/{total} = {ok / max(1, total):.2f}"
            f"   (stated where the label has none: {result['invented'][field]})"
        )
        for prefix in ("lang ", "type "):
            cells = sorted((k, v) for k, v in rows.items() if k.startswith(prefix))
            print(
                f"  by {prefix.strip():<5} " + ", ".join(f"{k[5:]} {a}/{b}" for k, (a, b) in cells)
            )
    if args.misses:
        print("\nmisses:")
        for miss in result["misses"]:
            print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
