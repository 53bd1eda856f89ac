"""A first `make run` says what it is doing (issue #20): pip's own lines,
the demo loader's progress, and the address it serves on, `PORT` included."""

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

ROOT = Path(settings.BASE_DIR)
LINE = re.compile(r"^Loading demo: (.+?)(?: (\d+)/(\d+))? \(\d+s\)$")


def test_progress_reports_every_few_items_and_the_last():
    from demo.progress import Progress

    lines = []
    progress = Progress(lines.append, every=2)
    assert list(progress.each("pages in en", "abcde")) == list("abcde")
    progress.step("search index")
    parsed = [LINE.match(line).groups() for line in lines]
    assert parsed == [
        ("pages in en", "2", "5"),
        ("pages in en", "4", "5"),
        ("pages in en", "5", "5"),
        ("search index", None, None),
    ]


def test_progress_without_a_writer_is_silent():
    from demo.progress import Progress

    progress = Progress(None)
    assert list(progress.each("images", range(3))) == [0, 1, 2]
    progress.step("search index")  # nothing to write to, nothing raised


@pytest.mark.django_db
def test_the_loader_prints_a_line_per_stage_and_the_port(monkeypatch):
    monkeypatch.setenv("PORT", "8123")
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    lines = output.getvalue().splitlines()
    stages = [LINE.match(line).group(1) for line in lines if LINE.match(line)]
    for stage in ("images", "pages in el", "pages in en", "pages in fa", "search index"):
        assert stage in stages
    # Each stage before the summary, which still ends the output.
    summary = next(n for n, line in enumerate(lines) if line.startswith("Demo content loaded"))
    assert all(n < summary for n, line in enumerate(lines) if LINE.match(line))
    assert "Site:  http://127.0.0.1:8123/" in lines


@pytest.mark.django_db
def test_the_loader_is_silent_at_verbosity_0():
    output = io.StringIO()
    call_command("load_demo_content", verbosity=0, stdout=output)
    assert output.getvalue() == ""


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_run_shows_pip_and_the_address_on_port():
    # -n: prints the recipes, runs none of them.
    recipes = subprocess.run(
        [shutil.which("make"), "-n", "-B", "run", "PORT=8123"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pip = [line for line in recipes.splitlines() if "pip install" in line]
    assert pip and not any("--quiet" in line or " -q" in line for line in pip)
    assert "load_demo_content" in recipes
    assert not re.search(r"load_demo_content.*(-v ?0|--verbosity[= ]0)", recipes)
    assert "http://127.0.0.1:8123/" in recipes
    assert "runserver 127.0.0.1:8123" in recipes
    assert "8000" not in recipes


def test_the_readme_says_the_port_follows_port():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for line in readme.splitlines():
        if "make run" in line and "127.0.0.1:8000" in line:
            assert "PORT" in line, line
