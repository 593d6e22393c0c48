"""Peak resident memory of loading every partnership of a folder, one
after another, measured in a child process of its own (VmHWM: the peak of
that process alone, not of its parent).

    python -m benchmarks.memory FOLDER   # prints the peak in MB
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

__all__ = ["peak_mb"]


def peak_mb(folder: Path) -> float:
    """MB at the peak of loading each sub-folder of ``folder`` as a partnership."""
    done = subprocess.run([sys.executable, "-m", "benchmarks.memory", str(folder)], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[1])
    return float(done.stdout.strip().splitlines()[-1])


def _vmhwm_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def main(folder: str) -> None:
    from loaders import load_plans

    for sub in sorted(p for p in Path(folder).iterdir() if p.is_dir()):
        load_plans([sub], partnership=sub.name)
    print(f"{_vmhwm_mb():.1f}")


if __name__ == "__main__":
    main(sys.argv[1])
