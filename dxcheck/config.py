"""Configuration: `[tool.dxcheck]` in a pyproject.toml, or a `.dxcheck.toml`, found from the plan's
directory upward (the first file that has dxcheck settings wins). Command-line options win over it.

    [tool.dxcheck]
    frameworks = ["kanmin", "dx"]   # which frameworks the audit checks (default: all)
    fail-on = "partial"             # missing | partial | never
    min-score = 70
    require-procedures = true       # a priority procedure the plan does not name fails and scores 0 (default: 記載なし, not counted)
    ignore = ["DX401"]              # rule codes not reported
    lang = "en"
    infer = true
    edition = { dx = "2.3" }        # the edition to audit every plan with (default: the plan's own, or by date)
    framework-paths = ["frameworks/"]  # directories of framework files a user adds (relative to this file)

May import: dxcheck.model, dxcheck.files
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, cast

from dxcheck.model.rules import BY_CODE, suggest

if TYPE_CHECKING:
    from dxcheck.model.results import AuditOptions, FailOn

Lang = Literal["ja", "en"]
# The settings, by the names the file gives them, in the order `dxcheck config` lists them.
Setting = Literal["frameworks", "fail-on", "min-score", "require-procedures", "ignore", "lang", "infer", "edition", "framework-paths"]
SETTINGS: tuple[Setting, ...] = (
    "frameworks",
    "fail-on",
    "min-score",
    "require-procedures",
    "ignore",
    "lang",
    "infer",
    "edition",
    "framework-paths",
)
_CHOICES = {"fail-on": ("missing", "partial", "never"), "lang": ("ja", "en")}


class ConfigError(Exception):
    """A configuration file that cannot be used; the message, in both languages, says where and what to do."""

    def __init__(self, ja: str, en: str) -> None:
        super().__init__(f"{ja} / {en}")
        self.ja, self.en = ja, en


# Options and Unread are NamedTuples, not dataclasses: every command makes them, and a dataclass costs
# 0.4 ms to define, a NamedTuple 0.05 (dxcheck.cli.invocation).
class Options(NamedTuple):
    """The settings given on the command line: each one given wins over the file (None or empty: not given)."""

    lang: Lang | None = None
    ignore: tuple[str, ...] = ()
    infer: bool | None = None
    edition: Mapping[str, str] = MappingProxyType({})
    fail_on: FailOn | None = None
    min_score: float | None = None
    framework_paths: tuple[Path, ...] = ()  # --frameworks-dir, relative to the working directory
    require_procedures: bool | None = None


class Unread(NamedTuple):
    """A pyproject.toml in a parent directory passed over because it could not be read: it might have
    held dxcheck's settings, so the command says so (once, on stderr)."""

    path: Path
    reason: str


@dataclass(frozen=True)
class Configuration:
    """The settings in force, typed, and where each came from ("default", a file path, or "command
    line"): defaults, then the configuration file, then the options. Built once per command (`resolve`)."""

    frameworks: tuple[str, ...] | None = None  # which frameworks the audit reports on (None: all)
    fail_on: FailOn = "missing"
    min_score: float | None = None  # an int when the file says 70: shown as the file spells it
    require_procedures: bool = False  # a priority procedure the plan does not name counts as 取組なし
    ignore: tuple[str, ...] = ()  # rule codes, upper case
    lang: Lang = "ja"
    infer: bool = True
    edition: Mapping[str, str] = field(default_factory=dict)
    # Directories of framework files a user adds (dxcheck.catalogue.user): absolute, in the order given.
    framework_paths: tuple[Path, ...] = ()
    sources: Mapping[Setting, str] = field(default_factory=lambda: dict.fromkeys(SETTINGS, "default"))
    file: Path | None = None
    unread: tuple[Unread, ...] = ()
    # DXCHECK_CONFIG_REV: the settings (and their framework-paths) read from this git revision, not from
    # the files under review; `shown` names the file as revision:path, `framework_files` are (name, bytes)
    revision: str | None = None
    shown: str | None = None
    framework_files: tuple[tuple[str, bytes], ...] = ()
    notes: tuple[tuple[str, str], ...] = ()  # (ja, en) lines said on stderr: the working tree's settings not used

    def value(self, setting: Setting) -> Any:
        """A setting's value as the configuration file (TOML) would hold it: lists and tables, for `dxcheck config`."""
        values: dict[Setting, Any] = {
            "frameworks": list(self.frameworks) if self.frameworks is not None else None,
            "fail-on": self.fail_on,
            "min-score": self.min_score,
            "require-procedures": self.require_procedures,
            "ignore": list(self.ignore),
            "lang": self.lang,
            "infer": self.infer,
            "edition": dict(self.edition),
            "framework-paths": [str(p) for p in self.framework_paths],
        }
        return values[setting]

    def audit_options(self, *, accept_reading: bool = False) -> AuditOptions:
        """What the audit is told: the settings that shape it, and one option that is not a setting."""
        from dxcheck.model.results import AuditOptions  # not before it is needed: dxcheck.model.results costs 10 ms to import

        return AuditOptions(
            infer=self.infer,
            fail_on=self.fail_on,
            min_score=self.min_score,
            ignore=frozenset(self.ignore),
            accept_reading=accept_reading,
            require_procedures=self.require_procedures,
        )


def _table(path: Path) -> dict[str, Any] | None:
    """The dxcheck settings of one file, or None when it has none."""
    return _settings_of(_read_toml(path), path.name)


def _settings_of(document: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The dxcheck table of a parsed settings file: a pyproject.toml's [tool.dxcheck] (None when it has
    none), a .dxcheck.toml's whole document."""
    if name == "pyproject.toml":
        tool = document.get("tool", {})
        table = tool.get("dxcheck") if isinstance(tool, dict) else None
        return table if isinstance(table, dict) else None
    return document


def _read_toml(path: Path) -> dict[str, Any]:
    """A TOML file, UTF-8 with or without a BOM (Windows editors add one); a ConfigError that says
    what is wrong: unreadable, another encoding (Shift_JIS), a syntax error, nesting too deep."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: 読めません（{exc.strerror}）", f"{path}: cannot read: {exc.strerror}") from None
    return _parse_toml(data, str(path))


def _parse_toml(data: bytes, path: str) -> dict[str, Any]:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
            likely = "UTF-16"
        else:
            likely = "Shift_JIS（CP932）" if _decodes(data, "cp932") else ("EUC-JP" if _decodes(data, "euc_jp") else "?")
        raise ConfigError(
            f"{path}: 文字コードが UTF-8 ではありません（{likely} と思われます）。UTF-8 で保存し直してください",
            f"{path}: not UTF-8 (it looks like {likely.split('（')[0]}); save it as UTF-8",
        ) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        where, what, said = _toml_error(path, text, str(exc))
        raise ConfigError(f"{where}: TOML の構文誤り: {what}（{said}）", f"{where}: TOML syntax error: {said}") from None
    except RecursionError:
        raise ConfigError(
            f"{path}: 入れ子が深すぎます（配列やテーブルの入れ子）", f"{path}: nested too deeply (arrays or tables)"
        ) from None


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


# A pyproject.toml that cannot be read or parsed belongs to dxcheck only if it names dxcheck's table.
_OURS = re.compile(rb"tool\s*\.\s*[\"']?dxcheck\b")


def _ours(path: Path) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return _names_dxcheck(data)


def _names_dxcheck(data: bytes) -> bool:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16, as some Windows editors save
        data = data.decode("utf-16", errors="replace").encode("utf-8")
    return _OURS.search(data) is not None


def _not_a_file(path: Path) -> ConfigError:
    """Why `path` cannot be a configuration file: missing, a broken link, a directory, a pipe …"""
    if os.path.islink(path) and not path.exists():
        return ConfigError(f"{path}: リンク先がありません", f"{path}: the link points to nothing")
    if not os.path.lexists(path):
        return ConfigError(f"{path}: 設定ファイルがありません", f"{path}: no such configuration file")
    return ConfigError(
        f"{path}: 通常のファイルではありません（ディレクトリ・パイプなど）", f"{path}: not a regular file (a directory, a pipe …)"
    )


def discover(start: Path) -> tuple[Path | None, tuple[Unread, ...]]:
    """The nearest file with dxcheck settings, from `start` (a directory or a file's directory) upward,
    and the parent pyproject.toml files passed over because they could not be read.

    The search stops at the repository's root (a directory holding .git: a settings file above it is
    not the project's, and a pull request cannot add one there) and before a directory whose owner
    is not the owner of `start` (a file another user put in a parent directory is not taken), before a
    directory anyone may write to (/tmp), and at a settings file neither this user nor root owns — also
    in the plan's own directory, when the plan and its directory are another user's: a configuration that
    came with files someone sent does not set this user's bar.

    A .dxcheck.toml is dxcheck's by its name: if it is broken, that is an error. A pyproject.toml
    is dxcheck's only if it has a [tool.dxcheck] table; another project's pyproject.toml in a parent
    directory — even a broken or unreadable one — is passed over, unless it names tool.dxcheck.
    """
    unread: list[Unread] = []
    try:
        folder_given = start.is_dir()
    except OSError:  # a plan in a folder without search permission: reading it says why (a hostile review's)
        folder_given = False
    directory = start if folder_given else start.parent
    directory = Path(os.path.abspath(directory))
    owner = _owner(directory)
    for folder in (directory, *directory.parents):
        if _owner(folder) != owner:
            break  # another user's directory (as git's safe.directory): its settings are not ours to take
        if folder != directory and _shared(folder):
            break  # a directory anyone may write to (/tmp): a file there may be anyone's, even with its owner's uid
        for name in (".dxcheck.toml", "pyproject.toml"):
            candidate = folder / name
            found = _owner_of_file(candidate) if os.path.lexists(candidate) else None
            if found is not None and found not in (os.geteuid(), 0):
                # a settings file another user owns — in a parent, or in the plan's own directory when the
                # plan is theirs (files someone sent): not taken, said, and the search ends (git's safe.directory)
                unread.append(Unread(candidate, f"another user's file (uid {found})"))
                return None, tuple(unread)
            if name == ".dxcheck.toml" and os.path.lexists(candidate):
                return candidate, tuple(unread)  # dxcheck's by its name, whatever it is: resolve() says what is wrong
            if not candidate.is_file():
                continue
            try:
                table = _table(candidate)
            except ConfigError:
                if _ours(candidate):
                    return candidate, tuple(unread)  # resolve() reports what is wrong with it
                if not os.access(candidate, os.R_OK):
                    unread.append(Unread(candidate, "permission denied"))
                continue
            if table is not None:
                return candidate, tuple(unread)
        if os.path.lexists(folder / ".git"):
            break  # the repository's root: what is above it is not the project's
    return None, tuple(unread)


def _owner_of_file(path: Path) -> int | None:
    try:
        return os.lstat(path).st_uid
    except OSError:
        return None


def _shared(folder: Path) -> bool:
    """A directory every user may write to (world-writable, as /tmp is)."""
    try:
        return bool(os.stat(folder).st_mode & stat.S_IWOTH)
    except OSError:
        return False


def _owner(folder: Path) -> int | None:
    """The owner of a directory (None where it cannot be known): discovery does not cross a change of it."""
    try:
        return os.stat(folder).st_uid
    except OSError:
        return None


# tomllib's messages (Python 3.11–3.13), each by how it begins, in Japanese with what to do.
_TOML_SAID = (
    ("Invalid value", '値の書き方が正しくありません。文字列は "…" で囲み、数は数字だけ、真偽は true か false で書きます'),
    ("Invalid statement", "「キー = 値」の形になっていません"),
    ("Expected '=' after a key", "キーの後に「=」がありません。「キー = 値」と書きます"),
    ("Invalid initial character for a key part", 'キーに使えない文字です（英数字・-・_ 以外のキーは "…" で囲みます）'),
    ("Expected newline or end of document", "1 行に設定が 2 つあるか、値の後に余計な文字があります。設定は 1 行に 1 つ書きます"),
    ("Expected ']' at the end of a table declaration", "表の見出しが「]」で閉じていません（例: [tool.dxcheck]）"),
    ("Expected ']]'", "配列表の見出しが「]]」で閉じていません"),
    ("Unclosed array", '配列が「]」で閉じていません（例: ignore = ["DX401"]）'),
    ("Unclosed inline table", 'インラインテーブルが「}」で閉じていません（例: edition = { dx = "2.3" }）'),
    ("Unterminated string", '文字列が閉じていません（" が足りません）'),
    ("Cannot overwrite a value", "同じキーが二度書かれています。一つにしてください"),
    ("Cannot declare", "同じ表の見出しが二度あります。一つにまとめてください"),
    ("Duplicate inline table key", "インラインテーブルに同じキーが二度あります"),
    ("Illegal character", "使えない文字があります（制御文字など）"),
    ("Found invalid character", "使えない文字があります"),
    ("Unescaped '\\'", "文字列の中の \\ は \\\\ と書くか、'…'（リテラル文字列）で囲みます（Windows のパスなど）"),
    ("Invalid hex value", "文字列の中の \\ は \\\\ と書くか、'…'（リテラル文字列）で囲みます（Windows のパスなど）"),
    ("Invalid date or datetime", "日付の書き方が正しくありません（例: 2026-04-01）"),
    ("Expected", "書き方が正しくありません"),
)


def _toml_error(path: str, text: str, message: str) -> tuple[str, str, str]:
    """Where a TOML syntax error is (path:line:column, as an editor jumps to it), what it means in
    Japanese, and tomllib's own words without their position."""
    at = re.search(r" \(at (?:line (\d+), column (\d+)|end of document)\)$", message)
    said = message[: at.start()] if at else message
    if at is None:
        where = path
    elif at.group(1):
        where = f"{path}:{at.group(1)}:{at.group(2)}"
    else:  # the end of the document: its last line
        lines = text.split("\n")
        where = f"{path}:{len(lines)}:{len(lines[-1]) + 1}"
    what = next((ja for start, ja in _TOML_SAID if said.startswith(start)), "書き方が正しくありません")
    return where, what, said


def setting_line(path: str, key: str) -> int | None:
    """The line of a configuration file a setting is written on, or None (a file that cannot be read again, a revision's)."""
    try:
        return _key_line(Path(path).read_text(encoding="utf-8-sig", errors="replace"), key)
    except OSError:
        return None


def _key_line(text: str | None, key: str) -> int | None:
    """The line a setting is written on (its first), for a message that says where; None when it cannot be told."""
    if not text:
        return None
    quoted = re.escape(key)
    pattern = re.compile(rf"^[ \t]*(?:{quoted}|\"{quoted}\"|'{quoted}')[ \t]*=|^[ \t]*\[[ \t]*(?:tool\.dxcheck\.)?{quoted}[ \t]*\]", re.M)
    found = pattern.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _check(path: Path | str, table: dict[str, Any], folder: str | None = None, data: bytes | None = None) -> dict[str, Any]:
    """The settings of one file, checked; `folder`: the directory framework-paths are relative to (the
    file's own, unless the file was read from a git revision). A setting that is wrong is told with the
    line it is on (read again from the file, or `data`, only then)."""
    checked: dict[str, Any] = {}
    wrong: list[ConfigError] = []  # every mistake of the file at once, each on its line (they were said one a run)
    for key, value in table.items():
        try:
            checked[key] = _checked(path, key, value, folder)
        except ConfigError as exc:
            wrong.append(_on_line(exc, str(path), key, data))
    if len(wrong) == 1:
        raise wrong[0]
    if wrong:
        raise ConfigError("\n".join(e.ja for e in wrong), "\n".join(e.en for e in wrong))
    return checked


def _on_line(exc: ConfigError, path: str, key: str, data: bytes | None) -> ConfigError:
    """The error of a setting, its file's name followed by the line the setting is on, when it can be found."""
    if data is None:
        try:
            data = Path(path).read_bytes()
        except OSError:
            return exc
    line = _key_line(data.decode("utf-8", "replace"), key)
    if line is None or not (exc.ja.startswith(path) and exc.en.startswith(path)):
        return exc
    return ConfigError(f"{path}:{line}{exc.ja[len(path) :]}", f"{path}:{line}{exc.en[len(path) :]}")


def _checked(path: Path | str, key: str, value: Any, folder: str | None) -> Any:
    """One setting's value, checked (and framework-paths made absolute, ignore's codes upper-cased)."""
    if key in ("dxcheck", "tool") and isinstance(value, dict) and os.path.basename(str(path)) != "pyproject.toml":
        raise ConfigError(
            f"{path}: .dxcheck.toml には [{key}{'.dxcheck' if key == 'tool' else ''}] の見出しは要りません。"
            "設定は見出しの外に、ファイルの最上位に書きます（[tool.dxcheck] は pyproject.toml の書き方です）",
            f"{path}: a .dxcheck.toml needs no [{key}{'.dxcheck' if key == 'tool' else ''}] table: write the settings "
            "at the top level of the file ([tool.dxcheck] is how pyproject.toml holds them)",
        )
    if key not in SETTINGS:
        hint = suggest(key, SETTINGS)
        raise ConfigError(
            f"{path}: 不明な設定「{key}」" + (f"（もしかして「{hint}」？）" if hint else f"（設定できるのは {'、'.join(SETTINGS)}）"),
            f"{path}: unknown setting '{key}'" + (f" (did you mean '{hint}'?)" if hint else f" (the settings are {', '.join(SETTINGS)})"),
        )
    shown = _toml(value)
    if key in _CHOICES and value not in _CHOICES[key]:
        raise ConfigError(
            f"{path}: {key} は {'、'.join(_CHOICES[key])} のいずれかです（{shown}）",
            f"{path}: {key} must be one of {', '.join(_CHOICES[key])}: {shown}",
        )
    if key == "min-score" and not (isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 100):
        raise ConfigError(
            f"{path}: min-score は 0〜100 の数値です（{shown}）", f"{path}: min-score must be a number from 0 to 100: {shown}"
        )
    if key in ("infer", "require-procedures") and not isinstance(value, bool):
        raise ConfigError(f"{path}: {key} は true か false です（{shown}）", f"{path}: {key} must be true or false: {shown}")
    if key in ("frameworks", "ignore") and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        raise ConfigError(f"{path}: {key} は文字列のリストです（{shown}）", f"{path}: {key} must be a list of strings: {shown}")
    if key == "frameworks" and not value:
        raise ConfigError(
            f"{path}: frameworks が空です。監査する枠組みを書くか、すべてなら frameworks の行を消してください",
            f"{path}: frameworks is empty: name the frameworks to audit, or remove the line for all of them",
        )
    if key == "edition" and not (isinstance(value, dict) and all(isinstance(v, str) for v in value.values())):
        raise ConfigError(
            f'{path}: edition は枠組みごとの版の表です（例: edition = {{ dx = "2.3" }}）（{shown}）',
            f"{path}: edition must be a table of editions: {shown}",
        )
    if key == "framework-paths":
        if not (isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value)):
            raise ConfigError(
                f'{path}: framework-paths はディレクトリのリストです（例: framework-paths = ["frameworks/"]）（{shown}）',
                f"{path}: framework-paths must be a list of directories: {shown}",
            )
        # Relative to the configuration file, wherever dxcheck is run from.
        base = folder if folder is not None else os.path.dirname(os.path.abspath(path))
        value = [os.path.normpath(os.path.join(base, v)) for v in value]
    if key == "ignore":
        _check_rules(value, f"{path}: ignore")
        value = [v.upper() for v in value]
    return value


# The read errors: a file that cannot be read, decoded or parsed as YAML, or is beyond a limit. A plan
# that cannot be read cannot be checked, so hiding one would pass a plan nobody read (ignore = ["DX003"]).
READ_ERRORS = frozenset(f"DX{number:03d}" for number in range(1, 13))


def _check_rules(codes: list[str], where: str) -> None:
    """Unknown rule codes are an error, with the closest known one (`--ignore DX999` silently ignored nothing);
    so is a read error (DX001–DX012), which cannot be ignored."""
    unread = sorted({c.upper() for c in codes} & READ_ERRORS)
    if unread:
        raise ConfigError(
            f"{where} の「{'」「'.join(unread)}」は無視できません: DX001〜DX012 は計画ファイルを読めない誤りで、"
            "読めない計画は検査も監査もできないためです。ignore から外し、計画ファイルを直してください",
            f"{where}: {', '.join(unread)} cannot be ignored: DX001–DX012 say a plan file cannot be read, and a plan "
            "that is not read cannot be checked or audited. Remove them from ignore and fix the plan file",
        )
    unknown = [c for c in codes if c.upper() not in BY_CODE]
    if not unknown:
        return
    hints = [h for h in (suggest(c.upper(), BY_CODE) for c in unknown) if h]
    maybe = f"（もしかして「{'」「'.join(hints)}」？）" if hints else ""
    maybe_en = f" (did you mean {', '.join(hints)}?)" if hints else ""
    raise ConfigError(
        f"{where} に不明なルール「{'」「'.join(unknown)}」{maybe}。一覧: dxcheck rules",
        f"{where}: unknown rule codes: {', '.join(unknown)}{maybe_en}",
    )


def _toml(value: Any) -> str:
    """A value as it is written in the configuration file (TOML): "never", ["DX401"], true, 70."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return str(value)


def resolve(start: Path, options: Options, explicit: Path | None = None, revision: str | None = None) -> Configuration:
    """Defaults, then the configuration file (`explicit`, or the one found from `start`), then the options.
    `revision` (DXCHECK_CONFIG_REV): the configuration file and its framework files are read as they are
    at that git revision — the base branch of a pull request — not from the working tree."""
    values: dict[Setting, Any] = {}
    sources: dict[Setting, str] = dict.fromkeys(SETTINGS, "default")
    at_revision: _AtRevision | None = None
    unread: tuple[Unread, ...] = ()
    path: Path | None
    if revision is not None:
        at_revision = _at_revision(start, explicit, revision)
        path = at_revision.path
        if at_revision.table is not None and path is not None:
            for key, value in _check(at_revision.shown or "", at_revision.table, str(path.parent), at_revision.data).items():
                values[cast("Setting", key)] = value
                sources[cast("Setting", key)] = at_revision.shown or ""
        path = None  # nothing read from the working tree
    else:
        path, unread = (explicit, ()) if explicit is not None else discover(start)
    if path is not None:
        if not path.is_file():
            raise _not_a_file(path)
        table = _table(path)
        if table is None:
            raise ConfigError(f"{path}: [tool.dxcheck] がありません", f"{path}: has no [tool.dxcheck] table")
        for key, value in _check(path, table).items():
            values[cast("Setting", key)] = value
            sources[cast("Setting", key)] = str(path)
    _check_rules(list(options.ignore), "--ignore")
    given: dict[Setting, Any] = {
        "lang": options.lang,
        "ignore": list(options.ignore),
        "infer": options.infer,
        "edition": dict(options.edition),
        "fail-on": options.fail_on,
        "min-score": options.min_score,
        "framework-paths": [os.path.abspath(p) for p in options.framework_paths],
        "require-procedures": options.require_procedures,
    }
    for key, value in given.items():
        if value is not None and value != [] and value != {}:
            values[key] = value
            sources[key] = "command line"
    defaults = Configuration()
    return Configuration(
        frameworks=tuple(values["frameworks"]) if values.get("frameworks") is not None else None,
        fail_on=values.get("fail-on", defaults.fail_on),
        min_score=values.get("min-score", defaults.min_score),
        require_procedures=values.get("require-procedures", defaults.require_procedures),
        ignore=tuple(values.get("ignore", defaults.ignore)),
        lang=values.get("lang", defaults.lang),
        infer=values.get("infer", defaults.infer),
        edition=dict(values.get("edition", defaults.edition)),
        framework_paths=tuple(Path(p) for p in values.get("framework-paths", ()))
        if at_revision is None or sources["framework-paths"] == "command line"
        else (),
        sources=sources,
        file=at_revision.path if at_revision is not None else path,
        unread=unread,
        revision=revision,
        shown=at_revision.shown if at_revision is not None else None,
        framework_files=at_revision.framework_files(values.get("framework-paths", ()))
        if at_revision is not None and sources["framework-paths"] != "command line"
        else (),
        notes=at_revision.notes if at_revision is not None else (),
    )


@dataclass
class _AtRevision:
    """The configuration file as it is at a git revision: where it is in the working tree (`path`),
    its name as revision:path (`shown`), its dxcheck table, and how to read its framework directories."""

    root: Path
    commit: str
    revision: str
    path: Path | None = None
    shown: str | None = None
    table: dict[str, Any] | None = None
    data: bytes | None = None  # the file's bytes at the revision, as read
    notes: tuple[tuple[str, str], ...] = ()

    def framework_files(self, directories: list[str]) -> tuple[tuple[str, bytes], ...]:
        """The framework files (*.yaml, *.yml) of each framework-paths directory at the revision."""
        from dxcheck.files.revision import RevisionError, TooLarge, blob, listed
        from dxcheck.files.source import MAX_PLAN_BYTES

        found: list[tuple[str, bytes]] = []
        for directory in directories:
            relative = os.path.relpath(directory, self.root)
            if relative == os.pardir or relative.startswith(os.pardir + os.sep):
                raise ConfigError(
                    f"{self.shown}: framework-paths の {relative} はリポジトリの外です（DXCHECK_CONFIG_REV では、枠組みファイルもリポジトリの履歴から読みます）",
                    f"{self.shown}: framework-paths {relative} is outside the repository (with DXCHECK_CONFIG_REV, framework files are read from its history too)",
                )
            try:
                links: list[str] = []
                names = [n for n in listed(self.root, self.commit, relative, links=links) if n.endswith((".yaml", ".yml"))]
                for link in links:
                    if link.endswith((".yaml", ".yml")):
                        raise ConfigError(*_committed_link(self.revision, link, "枠組みファイル", "framework file"))
                if not names:
                    raise ConfigError(
                        f"{self.shown}: 枠組みのディレクトリ {relative} が {self.revision} にありません（空か、まだ加えられていません）",
                        f"{self.shown}: the frameworks directory {relative} is not in {self.revision} (empty, or not added yet)",
                    )
                for name in names:
                    try:
                        found.append((f"{self.revision}:{name}", blob(self.root, self.commit, name, MAX_PLAN_BYTES)))
                    except TooLarge:
                        raise ConfigError(
                            f"{self.revision}:{name}: 枠組みファイルが大きすぎます（{MAX_PLAN_BYTES // (1 << 20)} MiB まで）",
                            f"{self.revision}:{name}: framework file too large ({MAX_PLAN_BYTES // (1 << 20)} MiB)",
                        ) from None
            except RevisionError as exc:
                raise ConfigError(exc.ja, exc.en) from None
        return tuple(found)


def _committed_link(revision: str, relative: str, what_ja: str, what_en: str) -> tuple[str, str]:
    return (
        f"{revision}:{relative}: {what_ja}がシンボリックリンクとしてコミットされています。DXCHECK_CONFIG_REV ではリンクをたどりません"
        "（リンク先のパスを TOML として読むことになります）。リンクでなくファイルとして置いてください",
        f"{revision}:{relative}: the {what_en} is committed as a symbolic link; DXCHECK_CONFIG_REV does not follow links "
        "(git gives the target's path, not the file). Commit it as a file",
    )


def _at_revision(start: Path, explicit: Path | None, revision: str) -> _AtRevision:
    """The configuration file the working tree would use, found as discovery finds it (from `start` up
    to the repository's root, or `explicit`), but as it is at `revision`; said when the working tree's
    differs (added, changed or removed by the revision under review)."""
    from dxcheck.files.revision import RevisionError, TooLarge, blob, present, repository

    directory = Path(os.path.abspath(start if start.is_dir() else start.parent))
    try:
        root, commit = repository(directory, revision)
        if explicit is not None:
            folders, names = [Path(os.path.abspath(explicit)).parent], [Path(explicit).name]
        else:
            folders = [directory, *[p for p in directory.parents if root in (p, *p.parents)]]
            names = [".dxcheck.toml", "pyproject.toml"]
        candidates = [(folder / name, os.path.relpath(folder / name, root).replace(os.sep, "/")) for folder in folders for name in names]
        candidates = [(p, r) for p, r in candidates if not r.startswith("../")]
        kinds = present(root, commit, [r for _, r in candidates])
        chosen = _AtRevision(root, commit, revision)
        for path, relative in candidates:
            if kinds.get(relative) == "link":
                # git gives a link as a blob holding the target's path, which would be read as TOML: not
                # followed inside the revision (it may point anywhere), said, exit 2
                raise ConfigError(*_committed_link(revision, relative, "設定ファイル", "settings file"))
            if kinds.get(relative) != "blob":
                continue
            try:
                data = blob(root, commit, relative, _MAX_SETTINGS_BYTES)
            except TooLarge:
                raise ConfigError(
                    f"{revision}:{relative}: 設定ファイルが大きすぎます（1 MiB まで）",
                    f"{revision}:{relative}: too large for a settings file (1 MiB)",
                ) from None
            shown = f"{revision}:{relative}"
            try:
                document = _parse_toml(data, shown)
            except ConfigError:
                # another project's broken pyproject.toml is passed over, as discovery passes it over in the
                # working tree, unless it names tool.dxcheck
                if path.name == "pyproject.toml" and explicit is None and not _names_dxcheck(data):
                    continue
                raise
            table = _settings_of(document, path.name)
            if table is None:
                if explicit is None:
                    continue  # another project's pyproject.toml
                raise ConfigError(f"{shown}: [tool.dxcheck] がありません", f"{shown}: has no [tool.dxcheck] table")
            chosen.path, chosen.shown, chosen.table, chosen.data = path, shown, table, data
            break
        else:
            if explicit is not None:
                raise ConfigError(
                    f"{explicit}: 設定ファイルが {revision} にありません", f"{explicit}: no such configuration file at {revision}"
                )
    except RevisionError as exc:
        raise ConfigError(exc.ja, exc.en) from None
    working, _ = (explicit, ()) if explicit is not None else discover(start)
    chosen.notes = _differs(working, chosen)
    return chosen


def _differs(working: Path | None, chosen: _AtRevision) -> tuple[tuple[str, str], ...]:
    """What the working tree's settings would have been, when they are not the revision's: said, since
    a pull request that adds or changes them does not set its own bar."""
    if working is None:
        return ()
    shown = os.path.relpath(os.path.abspath(working), chosen.root)
    if chosen.path is not None and os.path.abspath(working) == os.path.abspath(chosen.path):
        held = _working_bytes(working)
        if isinstance(held, bytes) and held == chosen.data:
            return ()
        what_ja, what_en = ("", "") if isinstance(held, bytes) else (f"（{held[0]}。読みません）", f" ({held[1]}; not read)")
        return (
            (
                f"作業ツリーの {shown}{what_ja} は {chosen.revision} と違います。この変更の設定は使わず、{chosen.shown} の設定で検査します",
                f"{shown} in the working tree{what_en} differs from {chosen.revision}: its settings are not used; checked with {chosen.shown}",
            ),
        )
    instead = f"{chosen.shown} の設定" if chosen.shown else "既定の設定"
    instead_en = chosen.shown if chosen.shown else "the defaults"
    return (
        (
            f"作業ツリーの {shown} は {chosen.revision} にない設定ファイルです。この変更の設定は使わず、{instead}で検査します",
            f"{shown} in the working tree is not in {chosen.revision}: its settings are not used; checked with {instead_en}",
        ),
    )


# A settings file is read up to this size: at a revision, and in the working tree to compare with it —
# there only as a regular file, without following a link (a committed link to /dev/zero must not be read
# to the end).
_MAX_SETTINGS_BYTES = 1 << 20


def _working_bytes(path: Path) -> bytes | tuple[str, str]:
    """The bytes of the working tree's settings file, or why they are not read (Japanese, English)."""
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            return "シンボリックリンク", "a symbolic link"
        if not stat.S_ISREG(info.st_mode):
            return "通常のファイルではありません", "not a regular file"
        if info.st_size > _MAX_SETTINGS_BYTES:
            return "1 MiB を超えます", "larger than 1 MiB"
        with open(path, "rb") as file:
            data = file.read(_MAX_SETTINGS_BYTES + 1)
    except OSError as exc:
        return f"読めません: {exc.strerror}", f"cannot read: {exc.strerror}"
    if len(data) > _MAX_SETTINGS_BYTES:
        return "1 MiB を超えます", "larger than 1 MiB"
    return data
