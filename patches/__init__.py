"""Replacements of third-party code: the project's only ones, one module each.

The project extends Wagtail and wagtail-localize through their documented
means (hooks, signals, settings, subclasses). What truly cannot be done that
way lives here and nowhere else (tests/test_patches.py fails on a replaced
Wagtail or wagtail-localize attribute anywhere else). Each module here:

* is installed from an ``AppConfig.ready``;
* checks the installed version of what it patches at start-up and refuses
  to start (``ImproperlyConfigured``) outside the range it was written for;
* has tests in tests/test_patches.py that pin the upstream code it wraps, so
  an upgrade fails in CI until someone has read the new code;
* is described in docs/ARCHITECTURE.md ("The one patch"), with the upstream
  change that would remove it.

Today there is one: ``wagtail_localize_save_target``.
"""
