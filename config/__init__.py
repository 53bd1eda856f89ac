"""Project configuration: settings, root URLs, WSGI.

Named ``config`` because a package called ``site`` would be shadowed by
Python's standard-library ``site`` module.
"""
