"""A built wheel installs and works like a user's copy: `pip install timeline-*.whl`.

One slow test on purpose (about a minute and a half, most of it pip unpacking Qt): build
the sdist and a wheel from it, check a wheel built straight from the tree is the same,
install it into a fresh virtual environment with the oldest pip the README supports, and
from another folder run the self-test, open the window on the demo corpus, and export
PNG, SVG and PDF. The dependencies come at the versions of requirements/lock.txt.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

# What `python3 -m venv` brings on Python 3.11.7 (the oldest Python the project supports);
# pip before 24 resolves extras by their spelling, which once lost lxml_html_clean.
OLDEST_PIP = "23.2.1"


def run(args: list[str | Path], *, cwd: Path, env: dict[str, str], timeout: float = 300) -> str:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert result.returncode == 0, f"{args} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def wheel_contents(wheel: Path) -> dict[str, str]:
    """file name → sha256, without the RECORD (which lists the same hashes)."""
    with zipfile.ZipFile(wheel) as archive:
        return {
            name: hashlib.sha256(archive.read(name)).hexdigest()
            for name in archive.namelist()
            if not name.endswith(".dist-info/RECORD")
        }


@pytest.mark.slow
def test_the_wheel_installs_with_the_oldest_pip_and_works_from_another_folder(repo_root, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"

    # The sdist, and the wheel `build` makes from it; then a wheel straight from the tree.
    from_sdist, from_tree = tmp_path / "from-sdist", tmp_path / "from-tree"
    run([sys.executable, "-m", "build", "--outdir", from_sdist, repo_root], cwd=tmp_path, env=env)
    run([sys.executable, "-m", "build", "--wheel", "--outdir", from_tree, repo_root], cwd=tmp_path, env=env)
    (sdist,) = from_sdist.glob("timeline-*.tar.gz")
    (wheel,) = from_sdist.glob("timeline-*.whl")
    (tree_wheel,) = from_tree.glob("timeline-*.whl")
    contents = wheel_contents(wheel)
    assert contents == wheel_contents(tree_wheel), "the sdist builds a different wheel than the tree"
    for shipped in ("timeline/resources/fonts/DejaVuSans.ttf", "timeline/resources/icons/timeline.svg",
                    "timeline/seeds/manifest.toml", "timeline/extract/rules/absolute.toml"):
        assert shipped in contents

    venv = tmp_path / "fresh"
    run([sys.executable, "-m", "venv", venv], cwd=tmp_path, env=env)
    python = venv / "bin" / "python"
    if run([python, "-m", "pip", "--version"], cwd=tmp_path, env=env).split()[1] != OLDEST_PIP:
        run([python, "-m", "pip", "install", "--quiet", f"pip=={OLDEST_PIP}"], cwd=tmp_path, env=env)
    run([python, "-m", "pip", "install", "--quiet", "--constraint", repo_root / "requirements" / "lock.txt", wheel],
        cwd=tmp_path, env=env, timeout=600)
    run([python, "-m", "pip", "check"], cwd=tmp_path, env=env)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    timeline = venv / "bin" / "timeline"
    report = run([timeline, "--self-test"], cwd=elsewhere, env=env)
    assert "All 11 checks passed" in report, report
    assert str(venv) in report and str(repo_root) not in report, "the self-test ran on the checkout, not the install"

    window = run([timeline], cwd=elsewhere, env={**env, "TIMELINE_QUIT_AFTER_FIRST_PAINT": "1"})
    # The load streams: the first paint may show a preview of the articles read so far (on
    # a busy machine 4 or 12 of the events); the whole demo corpus gives 17.
    first_paint = re.search(r"first paint of (\d+) events", window)
    assert first_paint is not None and 1 <= int(first_paint[1]) <= 17, window
    assert "loaded 17 events" in window, window

    seeds = run([python, "-c", "from timeline.package_data import seeds_dir; print(seeds_dir())"],
                cwd=elsewhere, env=env).strip()
    assert Path(seeds).is_relative_to(venv)
    for suffix, magic in ((".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")):
        out = elsewhere / f"demo{suffix}"
        run([timeline, "export", seeds, "--out", out], cwd=elsewhere, env=env)
        assert out.read_bytes().startswith(magic), f"{out.name} is not a {suffix} file"

    with tarfile.open(sdist) as archive:
        top = {Path(name).parts[1] for name in archive.getnames() if len(Path(name).parts) > 1}
    assert top <= {"timeline", "resources", "seeds", "README.md", "LICENSE", "pyproject.toml", "PKG-INFO",
                   ".gitignore"}, f"the sdist carries more than the wheel needs: {sorted(top)}"
