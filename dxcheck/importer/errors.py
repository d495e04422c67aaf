"""The one exception the importer raises: a document it cannot read, with the reason in both languages."""

from __future__ import annotations


class DocumentError(Exception):
    """A document that cannot be imported: a scan, an encrypted or broken file, a format dxcheck does
    not read, or one in which no policy or measure can be found (exit code 2 in the CLI)."""

    def __init__(self, message_ja: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_ja = message_ja
        self.message_en = message_en

    def message(self, lang: str = "ja") -> str:
        """The message in one language (ja or en)."""
        return self.message_en if lang == "en" else self.message_ja

    def __str__(self) -> str:
        return f"{self.message_ja} / {self.message_en}"
