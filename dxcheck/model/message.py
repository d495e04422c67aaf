"""A text in both languages: what every message dxcheck says is made of.

Apart from dxcheck.model.findings (which re-exports it) because it is light: the command line's messages
are declared beside what owns them, in modules that `dxcheck --help` imports, and findings brings
pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Message:
    """A text in both languages."""

    ja: str
    en: str

    def text(self, lang: str) -> str:
        return self.en if lang == "en" else self.ja
