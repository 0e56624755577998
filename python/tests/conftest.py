import os
import pathlib
import sys

import pytest

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))


@pytest.fixture(scope="session")
def cli() -> str:
    """The newslens CLI: $NEWSLENS_CLI, else the newest of target/{release,debug}/newslens."""
    if os.environ.get("NEWSLENS_CLI"):
        return os.environ["NEWSLENS_CLI"]
    built = [ROOT / "target" / kind / "newslens" for kind in ("release", "debug")]
    built = [path for path in built if path.exists()]
    if not built:
        pytest.fail("no newslens CLI: run `cargo build --release` (or set NEWSLENS_CLI)")
    return str(max(built, key=lambda path: path.stat().st_mtime))
