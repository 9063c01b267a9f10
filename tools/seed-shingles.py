#!/usr/bin/env python3
"""Write the fingerprints of the seed articles' 8-word runs, without their text.

The built-in pack takes its facts from two public articles (the "seeds") but
must say everything in its own words. tests/own_words.rs checks that no
user-facing string of the pack repeats 8 words in a row from a seed. CI has
no copy of the seeds, and the repository must not hold their text, so this
script stores only a hash of every 8-word window:

  python3 tools/seed-shingles.py [SEED_DIR]     (default: /work/shared/seeds)

reads every SEED_DIR/*.txt and writes tests/fixtures/seed-shingles.txt, one
hash a line, sorted, no duplicates. Run it again whenever the seeds change.

Normalisation (tests/own_words.rs does exactly the same):
  - lowercase;
  - every character that is not a letter or a digit becomes a space
    (so "sign-out" is "sign out" and "you're" is "you re");
  - split on whitespace.
Each window of 8 consecutive words is joined with single spaces, and its
fingerprint is the first 16 hex digits of the SHA-256 of that UTF-8 text.
Windows run across line and sentence breaks, as the article reads.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

WINDOW = 8
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "seed-shingles.txt"


def words(text: str) -> list[str]:
    return "".join(ch if ch.isalnum() else " " for ch in text.lower()).split()


def fingerprint(window: list[str]) -> str:
    return hashlib.sha256(" ".join(window).encode("utf-8")).hexdigest()[:16]


def main(argv: list[str]) -> int:
    seed_dir = Path(argv[0]) if argv else Path("/work/shared/seeds")
    seeds = sorted(seed_dir.glob("*.txt"))
    if not seeds:
        print(f"no seeds (*.txt) in {seed_dir}", file=sys.stderr)
        return 1
    hashes = set()
    for seed in seeds:
        w = words(seed.read_text(encoding="utf-8"))
        hashes.update(fingerprint(w[i:i + WINDOW]) for i in range(len(w) - WINDOW + 1))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = (f"# {len(hashes)} fingerprints of the {WINDOW}-word windows of {len(seeds)} seed articles.\n"
              "# Written by tools/seed-shingles.py (first 16 hex digits of SHA-256); read by tests/own_words.rs.\n")
    OUT.write_text(header + "".join(h + "\n" for h in sorted(hashes)), encoding="utf-8")
    print(f"wrote {len(hashes)} fingerprints from {len(seeds)} seeds to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
