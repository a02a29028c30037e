"""Run every benchmark: `make bench`. Each bench_*.py has a main() printing its figures."""

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    sys.path.insert(0, str(HERE.parent))
    chosen = sys.argv[1:]
    for path in sorted(HERE.glob("bench_*.py")):
        if chosen and path.stem.removeprefix("bench_") not in chosen:
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        print(f"== {path.stem}", flush=True)
        module.main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
