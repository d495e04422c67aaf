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


def broken_part(part: str, expected: str, found: str | None) -> DocumentError:
    """A part of a Word document that is not what its name says: `part` (word/styles.xml) should be a
    `<expected>` (w:styles) but is a `<found>`, or has no `<expected>` at all (found None)."""
    if found is None:
        ja, en = f"{part} に <{expected}> がありません", f"{part} has no <{expected}>"
    else:
        ja, en = f"{part} の最上位が <{found}> です（<{expected}> のはず）", f"{part} is a <{found}>, not a <{expected}>"
    return DocumentError(
        f"Word 文書（.docx）が壊れていて読めません（{ja}）。Word で開けるか確かめ、保存し直してください",
        f"the Word document (.docx) is broken ({en}); check that Word opens it and save it again",
    )


def tag_name(tag: object) -> str:
    """An element's tag as written in Word's XML: w:body for WordprocessingML, else its local name."""
    text = str(tag)
    if text.startswith("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"):
        return "w:" + text.rpartition("}")[2]
    return text.rpartition("}")[2]
