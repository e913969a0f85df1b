"""The long kill test: 200 rounds of a writer SIGKILLed at random moments (issue 8).

    python tests/benchmarks/kill_rounds.py [--rounds 200] [--seed 1]

Prints its figures (rounds, commits reported and verified, imports verified complete, time)
and exits 1 if anything reported was lost, an import is partial or SQLite finds the file
unsound.  The writer and the checks are tests/store/kill_writer.py; the CI runs a short
version (tests/store/test_kill.py).  Also a row of the table of tests/benchmarks/run.py.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
import kill_writer


def measure(rounds: int, seed: int = 1) -> kill_writer.Figures:
    with tempfile.TemporaryDirectory(prefix="cj-kill-") as work:
        return kill_writer.run_rounds(Path(work), rounds, seed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    figures = measure(args.rounds, args.seed)
    print(figures.summary())
    for problem in figures.problems[:20]:
        print(f"  problem: {problem}")
    return 1 if figures.problems else 0


if __name__ == "__main__":
    sys.exit(main())
