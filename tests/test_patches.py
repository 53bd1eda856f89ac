"""The project replaces no Wagtail or wagtail-localize method or attribute,
except the one patch in patches/ (docs/ARCHITECTURE.md, "The one patch").

The pins below fail on any change to the upstream code the patch wraps or
relies on, including a wagtail-localize patch release: read the new code
against localization/drafts.py, then either remove the patch (if upstream
now keeps drafts off live pages and checks the publish permission itself)
or update the hashes here and SUPPORTED in the patch module.
"""

import ast
import hashlib
import inspect
import os
import warnings
from pathlib import Path

import pytest
import wagtail_localize
from django.core.exceptions import ImproperlyConfigured
from wagtail_localize.models import Translation, TranslationSource

from localization import drafts
from patches import wagtail_localize_save_target as patch

PROJECT = Path(__file__).resolve().parents[1]
WAGTAIL_LOCALIZE = Path(wagtail_localize.__file__).resolve().parent


def sha256(text):
    return hashlib.sha256(text.encode()).hexdigest()


# --- The one patch: installed, and only on the code it was written for -------


def test_the_installed_save_target_is_the_guard():
    assert Translation.__dict__["save_target"] is drafts.guarded_save_target
    assert Translation.save_target is drafts.guarded_save_target


def test_the_guard_delegates_to_wagtail_localizes_own_method():
    upstream = patch.upstream_save_target
    assert upstream is not drafts.guarded_save_target
    assert upstream.__module__ == "wagtail_localize.models"
    assert upstream.__qualname__ == "Translation.save_target"
    assert drafts._original_save_target is upstream


def test_installing_again_changes_nothing():
    patch.install()
    assert Translation.__dict__["save_target"] is drafts.guarded_save_target


def test_the_installed_wagtail_localize_is_supported():
    assert wagtail_localize.VERSION[:2] in patch.SUPPORTED
    patch.check_version()


@pytest.mark.parametrize("version", [(1, 15, 0), (2, 0, 0), (1, 13, 9)])
def test_another_wagtail_localize_refuses_to_start(version):
    with pytest.raises(ImproperlyConfigured, match=r"Re-check Translation\.save_target"):
        patch.check_version(version)


def test_a_save_target_replaced_by_something_else_refuses_to_start(monkeypatch):
    def elsewhere(self, user=None, publish=True):
        raise AssertionError("not called")

    monkeypatch.setattr(Translation, "save_target", elsewhere)
    with pytest.raises(ImproperlyConfigured, match="something else replaced it"):
        patch.install()


# --- Pins of the upstream code (wagtail-localize 1.14.5) ---------------------

# The method the guard replaces and delegates to, and what it calls: the
# draft/publish behaviour of the latter is why the guard exists.
UPSTREAM_PINS = {
    "Translation.save_target": "d63133399d2c3e40a4e078bc72c8ad9ca8bd8d558ed3765f3931bc117e6f7b88",
    "TranslationSource.create_or_update_translation": (
        "4c68c20a8ba2648b4135a0837802e66f1537a748321fc1af66eef86e159b3a01"
    ),
}

# Every function of wagtail-localize (outside its tests) that calls
# save_target, by file and qualified name: the paths the guard must cover.
CALL_SITE_PINS = {
    "operations.py::TranslationCreator.create_translations": (
        "e2b31d6201c5191ffc43e673138bf2c69edf5096e0f9ec56912e0dded5dbce97"
    ),
    "views/edit_translation.py::edit_translation": (
        "c7c73ba5c5d3fe2417a9d4f06ae1a34b5cb14a25af0e5e9e130cb025f86eda27"
    ),
    "views/update_translations.py::UpdateTranslationsView.form_valid": (
        "2ba07750b639a36375588cfe8ed55736c7855167d4c54c594e25cc6c06a2fe25"
    ),
}

UPGRADE = (
    "wagtail-localize's code changed: read it against localization/drafts.py, "
    "then remove the patch or update this pin (docs/ARCHITECTURE.md, 'The one patch')"
)


def test_the_wrapped_upstream_code_is_unchanged():
    found = {
        "Translation.save_target": sha256(inspect.getsource(patch.upstream_save_target)),
        "TranslationSource.create_or_update_translation": sha256(
            inspect.getsource(TranslationSource.create_or_update_translation)
        ),
    }
    assert found == UPSTREAM_PINS, UPGRADE


def _functions_calling(root, attribute):
    """{"file::Qualified.name": sha256 of its source} for every function in
    the package at root (tests left out) that calls .<attribute>(...)."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if {"tests", "test"} & set(relative.split("/")[:-1]):
            continue
        source = path.read_text(encoding="utf-8")
        if attribute not in source:
            continue

        def visit(node, scope, relative=relative, source=source):
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                    visit(child, [*scope, child])
                    continue
                if (
                    isinstance(child, ast.Call)
                    and isinstance(child.func, ast.Attribute)
                    and child.func.attr == attribute
                ):
                    functions = [n for n in scope if not isinstance(n, ast.ClassDef)]
                    assert functions, f"{relative}: {attribute} called outside a function"
                    name = ".".join(n.name for n in scope[: scope.index(functions[0]) + 1])
                    segment = ast.get_source_segment(source, functions[0])
                    found[f"{relative}::{name}"] = sha256(segment)
                visit(child, scope)

        visit(ast.parse(source), [])
    return found


def test_the_call_sites_of_save_target_are_unchanged():
    assert _functions_calling(WAGTAIL_LOCALIZE, "save_target") == CALL_SITE_PINS, UPGRADE


# --- No other replaced Wagtail or wagtail-localize attribute -----------------

# Assignments allowed in first-party code outside patches/ and tests/, by file.
ALLOWED_ELSEWHERE: dict[str, set[str]] = {}  # nothing: patches/ is the only place

UPSTREAM_PACKAGES = {"wagtail", "wagtail_localize"}
SKIPPED_FOLDERS = {"tests", "patches", "node_modules", "var", "__pycache__"}


def _upstream_names(tree):
    """Names a module binds to Wagtail or wagtail-localize objects by import."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in UPSTREAM_PACKAGES:
                    names.add(alias.asname or alias.name.split(".")[0])
        elif (
            isinstance(node, ast.ImportFrom)
            and node.level == 0
            and node.module
            and node.module.split(".")[0] in UPSTREAM_PACKAGES
        ):
            names.update(alias.asname or alias.name for alias in node.names)
    return names


def _dotted(node):
    """ "Page.route_for_request" for an attribute (or item) chain rooted at a
    name, None for anything else (a call's result is an instance)."""
    parts = []
    while isinstance(node, ast.Attribute | ast.Subscript):
        parts.append(f".{node.attr}" if isinstance(node, ast.Attribute) else "[]")
        node = node.value
    if not isinstance(node, ast.Name) or not parts:
        return None
    return node.id + "".join(reversed(parts))


def _targets(nodes):
    for node in nodes:
        if isinstance(node, ast.Tuple | ast.List):
            yield from _targets(node.elts)
        elif isinstance(node, ast.Starred):
            yield from _targets([node.value])
        else:
            yield node


def _replaced_upstream_attributes(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    upstream = _upstream_names(tree)
    found = set()

    def record(target):
        dotted = _dotted(target)
        if dotted and dotted.split(".")[0] in upstream:
            found.add(dotted)

    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.Delete):
            for target in _targets(node.targets):  # a, Page.x = … too
                record(target)
        elif isinstance(node, ast.AugAssign | ast.AnnAssign):
            record(node.target)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"setattr", "delattr"}
            and node.args
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id in upstream
        ):
            attribute = node.args[1] if len(node.args) > 1 else None
            name = attribute.value if isinstance(attribute, ast.Constant) else "?"
            found.add(f"{node.args[0].id}.{name}")
    return found


def _first_party_files(root, skipped=SKIPPED_FOLDERS):
    # os.walk, pruned: never into .venv (a symlink in a worktree), .git, .cache.
    for folder, subfolders, files in os.walk(root):
        subfolders[:] = sorted(
            name for name in subfolders if not name.startswith(".") and name not in skipped
        )
        for name in sorted(files):
            if name.endswith(".py"):
                yield Path(folder) / name


def _offenders(root, skipped=SKIPPED_FOLDERS):
    offenders = {}
    for path in _first_party_files(root, skipped):
        found = _replaced_upstream_attributes(path)
        if found:
            offenders[path.relative_to(root).as_posix()] = found
    return offenders


def test_no_first_party_code_replaces_a_wagtail_attribute():
    offenders = _offenders(PROJECT)
    new = {
        path: sorted(found - ALLOWED_ELSEWHERE.get(path, set()))
        for path, found in offenders.items()
        if found - ALLOWED_ELSEWHERE.get(path, set())
    }
    assert not new, (
        "Wagtail or wagtail-localize attributes replaced outside patches/ (extend them "
        f"through hooks, signals, settings or subclasses instead): {new}"
    )
    gone = {
        path: sorted(names - offenders.get(path, set()))
        for path, names in ALLOWED_ELSEWHERE.items()
        if names - offenders.get(path, set())
    }
    if gone:
        warnings.warn(
            f"no longer replaced, remove from ALLOWED_ELSEWHERE in tests/test_patches.py: {gone}",
            stacklevel=1,
        )


def test_patches_holds_the_one_patch_and_the_scan_finds_it():
    # The same scan over patches/ itself: it must find exactly the one patch
    # (which also shows that the scan above would see one).
    offenders = _offenders(PROJECT / "patches", skipped={"__pycache__"})
    assert offenders == {"wagtail_localize_save_target.py": {"Translation.save_target"}}


def test_the_scan_sees_the_usual_forms(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "monkey.py").write_text(
        "import wagtail.models as wm\n"
        "from wagtail.models import Page, Site\n"
        "from wagtail_localize.models import Translation\n"
        "from PIL import Image\n"
        "Page.serve = None\n"
        "wm.PageQuerySet.live = None\n"
        "Site.__dict__['x'] = 1\n"
        "a, (Page.x, *Page.y) = 1, (2, 3)\n"
        "Page.search_fields += []\n"
        "del Site.y\n"
        "setattr(Translation, 'save_target', None)\n"
        "Image.MAX_IMAGE_PIXELS = 1\n"  # not Wagtail's
        "Page.objects.get(pk=1).title = 'an instance'\n"
    )
    assert _offenders(tmp_path) == {
        "app/monkey.py": {
            "Page.serve",
            "wm.PageQuerySet.live",
            "Site.__dict__[]",
            "Page.x",
            "Page.y",
            "Page.search_fields",
            "Site.y",
            "Translation.save_target",
        }
    }
