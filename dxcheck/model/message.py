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


# What a POSIX shell reads specially in a word; a name holding none is shown as it is (Japanese included).
_SPECIAL = frozenset(" \t\n'\"\\$`!*?[](){}<>|&;#~=%^")


def shell_word(name: str) -> str:
    """A file name as a command dxcheck suggests must give it, to be pasted into a shell: as it is, or in single
    quotes when it holds a space or another character the shell reads (「dxcheck import 計画 フォルダ/計画書.docx」
    was two arguments, and the pasted command failed with 「余分な引数」)."""
    if name and not _SPECIAL.intersection(name) and name[0] != "-":
        return name
    return "'" + name.replace("'", "'\"'\"'") + "'"


# What the audit of a plan it cannot read says: on stderr (dxcheck.cli.reporting), and in the CI formats that carry the
# plan's read error (GitHub's ::error, JUnit's failure).
CANNOT_AUDIT = Message(
    "監査できません: 計画ファイルを直してください（dxcheck lint で確認できます）",
    "cannot audit: fix the plan file first (see dxcheck lint)",
)
