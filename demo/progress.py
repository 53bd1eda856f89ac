"""The demo loader's progress lines ("Loading demo: pages in en 20/57 (31s)"):
a first `make run` spends a minute or more here, and should say on what."""

import time

PREFIX = "Loading demo:"


class Progress:
    """Writes through `write` (None: silent, as with --verbosity 0); a long
    stage reports every `every` items and its last one."""

    def __init__(self, write=None, every=20):
        self.write = write
        self.every = every
        self.started = time.monotonic()

    def _line(self, text):
        if self.write is not None:
            self.write(f"{PREFIX} {text} ({time.monotonic() - self.started:.0f}s)")

    def step(self, name):
        self._line(name)

    def each(self, name, items):
        """The items, one by one, with a line after every `every` of them."""
        items = list(items)
        for number, item in enumerate(items, 1):
            yield item
            if number % self.every == 0 or number == len(items):
                self._line(f"{name} {number}/{len(items)}")
