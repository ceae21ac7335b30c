"""The non-UI layers import and run with PySide6 made unimportable."""

from __future__ import annotations

import subprocess
import sys
import textwrap

CORE_MODULES = (
    "timeline.domain",
    "timeline.extract",
    "timeline.ingest",
    "timeline.events",
    "timeline.store",
    "timeline.present",
    "timeline.analysis",
    "timeline.jobs.analysis_worker",
    "timeline.dependency_licences",
)


def test_core_layers_import_without_pyside6(repo_root):
    script = textwrap.dedent(
        f"""
        import importlib, sys

        class RefuseQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("Qt is banned from the core layers: " + name)
                return None

        sys.meta_path.insert(0, RefuseQt())
        for name in {CORE_MODULES!r}:
            importlib.import_module(name)
        assert not any(m.split(".")[0] == "PySide6" for m in sys.modules)
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=repo_root, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_ui_layer_does_import_qt(repo_root):
    """The check above would pass vacuously if the ban hook never fired; prove it fires."""
    script = textwrap.dedent(
        """
        import sys

        class RefuseQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] == "PySide6":
                    raise ImportError("banned")
                return None

        sys.meta_path.insert(0, RefuseQt())
        try:
            import timeline.ui.main_window  # noqa: F401
        except ImportError as error:
            print("refused", error)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=repo_root, capture_output=True, text=True, check=False
    )
    assert "refused" in result.stdout
