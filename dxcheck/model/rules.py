"""The rules: every check's stable code, severity, documentation, and how its message is worded.

Each rule is a named constant (`UNKNOWN_ITEM`), so a misspelt rule is an error that mypy and
Python report, not a KeyError at run time. A rule is called with what its message needs and gives
a draft; the draft is placed at a file and JSON path:

    UNKNOWN_ITEM(item_id).at(file, path, suggestion=did_you_mean(hint))

Messages are worded here and nowhere else, in both languages. A suggestion (the closest known id,
the command that fixes it) is a field of the finding, not text pasted into the message. Codes are
stable: a retired rule's code is never reused.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Generic, ParamSpec

from dxcheck.model.findings import Finding, JsonPath, Message, Severity

P = ParamSpec("P")
E, W, I = Severity.ERROR, Severity.WARNING, Severity.INFO


@dataclass(frozen=True)
class Draft:
    """A rule's finding before it is placed in a file."""

    rule: Rule[...]
    message: Message

    def at(
        self,
        file: str,
        path: JsonPath = (),
        *,
        key: bool = False,
        line: int | None = None,
        column: int | None = None,
        suggestion: Message | None = None,
    ) -> Finding:
        """The finding about the value at `path` (or its key, with key=True) of `file`."""
        return Finding(
            code=self.rule.code,
            severity=self.rule.severity,
            message=self.message,
            file=file,
            path=path,
            at_key=key,
            line=line,
            column=column,
            suggestion=suggestion,
        )


@dataclass(frozen=True)
class Rule(Generic[P]):
    """A rule: stable code, default severity, its documentation in both languages, and its message."""

    code: str
    name: str
    severity: Severity
    summary_ja: str
    summary_en: str
    help_ja: str
    help_en: str
    words: Callable[P, Message]

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> Draft:
        return Draft(self, self.words(*args, **kwargs))


def suggest(value: str, candidates: Iterable[str]) -> str | None:
    """The closest candidate to a misspelt value, if one is close enough."""
    matches = difflib.get_close_matches(value, list(candidates), n=1, cutoff=0.6)
    return matches[0] if matches else None


def did_you_mean(hint: str | None) -> Message | None:
    """「もしかして「…」？」 for the closest known value, or nothing."""
    return Message(f"もしかして「{hint}」？", f"did you mean '{hint}'?") if hint else None


def listed_by(command: str) -> Message:
    """The command that lists the known values."""
    return Message(f"一覧: {command}", f"see: {command}")


def known_frameworks(ids: list[str]) -> Message:
    return Message(f"枠組みは {', '.join(ids)}", f"the frameworks are {', '.join(ids)}")


def save_as_utf8(command: str) -> Message:
    """How to convert a plan that is not UTF-8."""
    return Message(f"メモ帳: 名前を付けて保存 → 文字コード UTF-8／コマンド: {command}", f"Notepad: Save As, encoding UTF-8; or: {command}")


def _fixed(ja: str, en: str) -> Callable[[], Message]:
    return lambda: Message(ja, en)


# --- DX0xx: the file itself ---------------------------------------------------------------------


def write_reason(exc: OSError) -> tuple[str, str]:
    """Why a file could not be written, and what to do, in Japanese and English — not the system's English inside a
    Japanese sentence (a walkthrough's: 「書き込めません: out（Is a directory）」)."""
    import errno

    known = {
        errno.ENOENT: (
            "そのフォルダがありません。先にフォルダを作るか、あるフォルダを指定してください",
            "the folder does not exist; create it first",
        ),
        errno.EISDIR: ("フォルダです。ファイル名を指定してください（例: -o out/report.json）", "it is a folder; give a file name"),
        errno.EACCES: (
            "書き込む権限がありません。書き込めるフォルダを指定してください",
            "permission denied; choose a folder you can write to",
        ),
        errno.EPERM: (
            "書き込む権限がありません。書き込めるフォルダを指定してください",
            "permission denied; choose a folder you can write to",
        ),
        errno.ENOSPC: ("ディスクに空きがありません", "no space left on the disk"),
        errno.EROFS: ("読み取り専用の場所です。書き込めるフォルダを指定してください", "a read-only file system; choose another folder"),
        errno.ENOTDIR: ("途中の名前がフォルダではありません", "a part of the path is not a folder"),
        errno.ENAMETOOLONG: ("名前が長すぎます", "the name is too long"),
        errno.EEXIST: ("同じ名前のファイルがあります。別の名前にしてください", "a file of that name is in the way; choose another name"),
        errno.ELOOP: ("シンボリックリンクが循環しています", "a loop of symbolic links"),
    }
    if exc.errno in known:
        return known[exc.errno]
    reason = exc.strerror or type(exc).__name__
    return reason, reason


def _unreadable(problem: str, name: str, reason: str = "") -> Message:
    if problem == "missing":
        if reason:  # a file beside it one slip away
            return Message(f"ファイルがありません: {name}（もしかして {reason}？）", f"no such file: {name} (did you mean {reason}?)")
        return Message(f"ファイルがありません: {name}", f"no such file: {name}")
    if problem == "directory":
        return Message(
            f"{name} はディレクトリです。計画ファイル（.yaml）を指定してください", f"{name} is a directory; give a plan file (.yaml)"
        )
    if problem == "permission":
        return Message(f"読み取り権限がありません: {name}", f"permission denied: {name}")
    if problem == "dangling":
        return Message(
            f"リンク先がありません: {name}（壊れたシンボリックリンク）", f"{name} is a broken symbolic link: its target does not exist"
        )
    if problem == "special":
        kind_ja, kind_en = _SPECIAL_FILES.get(reason, (reason, reason))
        return Message(
            f"{name} は通常のファイルではありません（{kind_ja}）。計画ファイルを指定してください（標準入力から読むなら -）",
            f"{name} is not a regular file ({kind_en}); give a plan file (or - to read standard input)",
        )
    return Message(f"読めません: {name}（{reason}）", f"cannot read {name}: {reason}")


_SPECIAL_FILES = {
    "fifo": ("名前付きパイプ（FIFO）", "a named pipe (FIFO)"),
    "char": ("キャラクタデバイス", "a character device"),
    "block": ("ブロックデバイス", "a block device"),
    "socket": ("ソケット", "a socket"),
}


FILE_UNREADABLE = Rule(
    "DX001",
    "file-unreadable",
    E,
    "ファイルを読めない",
    "File cannot be read",
    "パスを確認してください。ファイルが存在し、読み取り権限があり、通常のファイル（ディレクトリ・パイプ・デバイスではない）であること。標準入力から読むときは - を指定します。",
    "Check the path: the file must exist, be readable and be a regular file (not a directory, pipe or device); give - to read standard input.",
    _unreadable,
)


def _not_utf8(label: str = "", codec: str = "", *, nul: bool = False, document: str = "") -> Message:
    if document:  # a Word or PDF file read as YAML: under a .yaml name, or piped in as `-`
        return Message(
            f"{document}のようです。計画ファイル（YAML）ではありません。計画書は .docx・.pdf の名前のファイルとして指定してください（標準入力からは読めません）",
            f"this looks like {'a zip file (a Word document, .docx, say)' if document.startswith('zip') else 'a PDF'}, not a YAML plan: "
            "give a document as a file named .docx or .pdf (documents are not read from standard input)",
        )
    if nul:
        return Message("NUL バイトを含んでいます。テキストの計画ファイルではないようです", "contains NUL bytes: not a text plan file")
    return Message(
        f"文字コードが UTF-8 ではありません（{label} と思われます）。UTF-8 で保存し直してください",
        f"the file is not UTF-8 (it looks like {codec}); save it as UTF-8",
    )


NOT_UTF8 = Rule(
    "DX002",
    "not-utf8",
    E,
    "文字コードが UTF-8 ではない",
    "File is not UTF-8",
    "計画ファイルは UTF-8（BOM の有無は問わない）で保存してください。メモ帳なら「名前を付けて保存」→「文字コード: UTF-8」。",
    "Save the plan as UTF-8 (with or without BOM).",
    _not_utf8,
)
YAML_SYNTAX = Rule(
    "DX003",
    "yaml-syntax",
    E,
    "YAML の構文誤り",
    "YAML syntax error",
    "示された位置の引用符・インデント・コロンを確認してください。インデントにタブは使えません（半角スペース）。",
    "Check quotes, indentation and colons at the position shown. Tabs cannot indent YAML.",
    lambda problem_ja, problem_en: Message(f"YAML の構文誤り: {problem_ja}", f"YAML syntax error: {problem_en}"),
)
DUPLICATE_KEY = Rule(
    "DX004",
    "duplicate-key",
    E,
    "同じキーが2回ある",
    "Duplicate key",
    "同じマッピングに同じキーを2回書くと、片方が黙って失われます。1つにまとめてください。",
    "A key written twice in one mapping silently loses one value; merge them.",
    lambda key: Message(f"キー「{key}」が同じマッピングに2回あります。1つにまとめてください", f"duplicate key '{key}' in the same mapping"),
)
YAML_TAG = Rule(
    "DX005",
    "yaml-tag",
    E,
    "YAML タグは使えない",
    "YAML tags are not allowed",
    "計画ファイルでは !!python/… や !独自タグ は使えません（安全のため構築しません）。タグを削除してください。",
    "Tags such as !!python/... or custom tags are refused, never constructed. Remove the tag.",
    lambda tag: Message(
        f"YAML タグ {tag} は使えません（安全のため構築しません）。タグを削除してください",
        f"YAML tag {tag} is refused (never constructed); remove it",
    ),
)


def _not_a_plan(kind_ja: str, kind_en: str) -> Message:
    return Message(
        f"計画として読めません（最上位が{kind_ja}です）。最上位は municipality: や plan: を持つマッピングにしてください（雛形: dxcheck init）",
        f"not a plan: the top level is {kind_en}; it must be a mapping with municipality:, plan: …",
    )


NOT_A_PLAN = Rule(
    "DX006",
    "not-a-plan",
    E,
    "計画として読めない（空・リスト・スカラー）",
    "Not a plan (empty, list or scalar)",
    "計画ファイルの最上位は municipality: や plan: などのキーを持つマッピングです。dxcheck init で雛形を作れます。",
    "A plan's top level is a mapping with keys such as municipality: and plan:.",
    _not_a_plan,
)
YAML_TOO_COMPLEX = Rule(
    "DX007",
    "yaml-too-complex",
    E,
    "YAML が複雑すぎる（再帰・展開・入れ子）",
    "YAML too complex (recursion, expansion, nesting)",
    "再帰するエイリアス、展開すると巨大になるエイリアス（billion laughs）、深すぎる入れ子は受け付けません。エイリアス（&・*）を使わずに書いてください。",
    "Recursive aliases, aliases that expand enormously and very deep nesting are refused; write the plan without & and * aliases.",
    Message,
)
FILE_TOO_LARGE = Rule(
    "DX008",
    "file-too-large",
    E,
    "ファイルが大きすぎる",
    "File too large",
    "計画ファイルの上限は 16 MiB です（実際の計画は数十 KB）。別のファイルを指定していないか確認してください。",
    "Plan files are limited to 16 MiB (real plans are tens of KB); check that this is the right file.",
    lambda mib: Message(
        f"ファイルが大きすぎます（上限 {mib} MiB）。計画ファイルか確認してください",
        f"the file is larger than the {mib} MiB limit for plans",
    ),
)
NUMBER_TOO_LONG = Rule(
    "DX010",
    "number-too-long",
    E,
    "数値が長すぎる",
    "Number too long",
    "計画の数値（目標値など）は 100 文字までです。桁の誤りでないか確認し、数値でないなら引用符で囲んでください。",
    "Numbers in a plan (targets and the like) have up to 100 characters; check the digits, or quote the value if it is not a number.",
    lambda length, limit: Message(
        f"数値が {length:,} 文字あります（上限 {limit} 文字）。桁を確認するか、数値でないなら引用符で囲んでください",
        f"a number of {length:,} characters (the limit is {limit}); check the digits, or quote it if it is not a number",
    ),
)
TOO_MANY_VALUES = Rule(
    "DX011",
    "too-many-values",
    E,
    "値が多すぎる",
    "Too many values",
    "計画ファイルの値（キーの値・リストの要素）は 250,000 個までです（実際の計画は数千）。計画ファイルか、施策を自動生成していないか確認してください。",
    "A plan has at most 250,000 values (real plans have a few thousand); check that this is the right file.",
    lambda limit: Message(
        f"値が {limit:,} 個を超えました（上限 {limit:,} 個。実際の計画は数千個）。計画ファイルか確認してください",
        f"more than {limit:,} values (the limit is {limit:,}; real plans have a few thousand); check that this is the right file",
    ),
)


def _worker_died(signal_name: str | None, exit_code: int | None) -> Message:
    if signal_name is not None:
        memory = "。メモリ不足で強制終了された可能性があります" if signal_name == "SIGKILL" else ""
        memory_en = " (perhaps killed for lack of memory)" if signal_name == "SIGKILL" else ""
        return Message(
            f"この計画を処理していた作業プロセスがシグナル {signal_name} で終了しました{memory}",
            f"the worker process checking this plan was ended by {signal_name}{memory_en}",
        )
    return Message(
        f"この計画を処理していた作業プロセスが終了しました（終了コード {exit_code}）",
        f"the worker process checking this plan exited with code {exit_code}",
    )


WORKER_DIED = Rule(
    "DX012",
    "worker-died",
    E,
    "計画の検査・監査中に作業プロセスが終了した",
    "The worker process died while checking or auditing the plan",
    "メモリ不足（OOM killer）などで作業プロセスが強制終了されました。この計画だけを dxcheck lint・dxcheck audit で処理するか、--jobs を減らしてください。",
    "The worker process was killed (the OOM killer, for one); lint or audit this plan alone, or lower --jobs.",
    _worker_died,
)

DOCUMENT_UNREADABLE = Rule(
    "DX009",
    "document-unreadable",
    E,
    "計画書（Word・PDF・テキスト）を読み取れない",
    "The plan document cannot be read",
    "スキャンした PDF は文字を持たないので OCR が必要です。暗号化されたファイルはパスワードを外し、古い Word 文書（doc）や一太郎の文書は Word 文書（docx）として保存し直してください。",
    "A scanned PDF has no text layer (OCR it first); remove a password; save old Word (doc) and Ichitaro documents as Word documents (docx).",
    Message,
)

READING_DOUBTFUL = Rule(
    "DX013",
    "reading-doubtful",
    E,
    "計画書の読み取りが不確か（判定を信頼できない）",
    "The reading of the plan document looks broken: its verdicts cannot be trusted",
    "dxcheck import で読み取った下書きを原文と照らして直し、YAML を監査してください。見出しに Word の見出しスタイルを使うと確実に読めます。"
    "読み取りを確かめたうえで判定を見るには --accept-reading を付けます（この指摘は警告になります）。",
    "Run dxcheck import, correct the draft against the document and audit the YAML; heading styles in Word are read reliably. "
    "To see the verdicts anyway, after checking the reading, pass --accept-reading (this finding becomes a warning).",
    Message,
)

# --- DX1xx: the plan schema ---------------------------------------------------------------------

REQUIRED = Rule(
    "DX101",
    "required",
    E,
    "必須項目がない",
    "Required field missing",
    "schemas/plan.schema.json（dxcheck schema）の必須項目を書いてください。",
    "Add the field that the plan schema requires (see `dxcheck schema`).",
    lambda where_ja, where_en, name: Message(
        f"{where_ja}に必須項目「{name}」がありません", f"{where_en}: required field '{name}' is missing"
    ),
)
UNKNOWN_FIELD = Rule(
    "DX102",
    "unknown-field",
    E,
    "未定義の項目",
    "Unknown field",
    "綴りを確認してください。計画形式にない項目は書けません（メモは note: に）。",
    "Check the spelling; free remarks go in note:.",
    lambda where_ja, where_en, name: Message(f"{where_ja}に「{name}」という項目はありません", f"{where_en}: unknown field '{name}'"),
)
WRONG_TYPE = Rule(
    "DX103",
    "wrong-type",
    E,
    "値の型が違う",
    "Wrong type",
    "文字列・数値・リスト・マッピングの別を確認してください。先頭が 0 のコードは引用符で囲みます。",
    "Check string / number / list / mapping; quote codes with a leading zero.",
    lambda where_ja, where_en, expected_ja, expected_en, actual_ja, actual_en: Message(
        f"{where_ja}は{expected_ja}で書いてください（いまは{actual_ja}）", f"{where_en} must be {expected_en}, not {actual_en}"
    ),
)
INVALID_VALUE = Rule(
    "DX104",
    "invalid-value",
    E,
    "値が許されていない",
    "Value not allowed",
    "許される値の一覧または書式（例）に合わせてください。",
    "Use one of the allowed values, or the documented form.",
    Message,
)

# --- DX2xx: fiscal years and periods ------------------------------------------------------------

FISCAL_YEAR = Rule(
    "DX201",
    "fiscal-year",
    E,
    "年度として読めない",
    "Not a fiscal year",
    "年度は 2022、R4、令和4年度、H30、2022（令和4）年度 のように書きます。令和は元年（2019）から、平成は31年度まで。",
    "Write a fiscal year as 2022, R4, 令和4年度, H30 or 2022（令和4）年度.",
    Message,
)
FISCAL_YEAR_ABSURD = Rule(
    "DX202",
    "fiscal-year-absurd",
    E,
    "ありえない年度",
    "Implausible fiscal year",
    "2000〜2100年度の範囲で書いてください。桁の誤りや和暦と西暦の取り違えがないか確認してください。",
    "Fiscal years must lie between 2000 and 2100; check for a typo or a mixed-up calendar.",
    lambda year: Message(
        f"{year}年度はありえない年度です（2000〜2100年度の範囲で）", f"fiscal year {year} is implausible (expected 2000-2100)"
    ),
)
PERIOD_REVERSED = Rule(
    "DX203",
    "period-reversed",
    E,
    "期間の終わりが始まりより前",
    "Period ends before it starts",
    "start と end を確認してください。",
    "Check start and end.",
    lambda start, end, start_shown, end_shown: Message(
        f"期間の終わり（{end_shown}年度）が始まり（{start_shown}年度）より前です", f"the period ends (FY{end}) before it starts (FY{start})"
    ),
)
SCHEDULE_OUTSIDE_PERIOD = Rule(
    "DX204",
    "schedule-outside-period",
    W,
    "スケジュールが計画期間の外",
    "Schedule outside the plan period",
    "施策のスケジュールは計画期間（plan.period）の中に収めるか、計画期間を見直してください。",
    "Keep a measure's schedule within plan.period, or revise the period.",
    lambda measure_id, title, year, year_shown, period: Message(
        f"施策「{title}」のスケジュール（{year_shown}年度）が計画期間（{period.ja}）の外です",
        f"measure '{measure_id}' is scheduled in FY{year}, outside the plan period ({period.en})",
    ),
)
KPI_YEAR_OUTSIDE_PERIOD = Rule(
    "DX205",
    "kpi-year-outside-period",
    W,
    "KPI の目標年度が計画期間の外",
    "KPI target year outside the plan period",
    "KPI の目標年度を計画期間の中にするか、期間を見直してください。",
    "Set the KPI's target year within the plan period, or revise the period.",
    lambda name, year, year_shown, period: Message(
        f"KPI「{name}」の目標年度（{year_shown}年度）が計画期間（{period.ja}）の外です",
        f"KPI '{name}' targets FY{year}, outside the plan period ({period.en})",
    ),
)

# --- DX3xx: references --------------------------------------------------------------------------

UNKNOWN_ITEM = Rule(
    "DX301",
    "unknown-item",
    E,
    "存在しない項目 ID",
    "Unknown item id",
    "項目は framework/item の形で参照します（例: dx/telework）。一覧は dxcheck frameworks show dx。",
    "Refer to items as framework/item (dx/telework); `dxcheck frameworks show dx` lists them.",
    lambda item, framework=None: (
        Message(
            f"存在しない項目「{item}」: 枠組み「{framework}」はありません", f"unknown item '{item}': there is no framework '{framework}'"
        )
        if framework
        else Message(f"存在しない項目「{item}」", f"unknown item '{item}'")
    ),
)
UNKNOWN_PROCEDURE = Rule(
    "DX302",
    "unknown-procedure",
    E,
    "存在しない手続 ID",
    "Unknown procedure id",
    "手続は p01〜p19、p20-01〜p20-15、p21-01〜p21-11、p22-01〜p22-08（グループは p20・p21・p22）。",
    "Procedures are p01-p19, p20-01..p20-15, p21-01..p21-11, p22-01..p22-08 (groups p20, p21, p22).",
    lambda key, form=False: (
        Message(
            f"手続 ID「{key}」は p01〜p19、p20-01 などの形ではありません", f"procedure id '{key}' is not in the form p01..p19, p20-01 ..."
        )
        if form
        else Message(f"存在しない手続「{key}」", f"unknown procedure '{key}'")
    ),
)


def _duplicate_id(kind: str, key: str) -> Message:
    kind_ja = {"policy": "方針", "measure": "施策"}[kind]
    return Message(
        f"{kind_ja}の ID「{key}」が重複しています（ID は計画の中で一意に）",
        f"duplicate {kind} id '{key}' (ids must be unique within the plan)",
    )


DUPLICATE_ID = Rule(
    "DX303",
    "duplicate-id",
    E,
    "施策・方針の ID が重複",
    "Duplicate measure or policy id",
    "施策と方針の ID は計画の中で一意にしてください。",
    "Measure and policy ids must be unique within the plan.",
    _duplicate_id,
)
EXEMPT_AND_ADDRESSED = Rule(
    "DX304",
    "exempt-and-addressed",
    W,
    "除外した項目を施策が扱っている",
    "Exempted item is addressed by a measure",
    "除外（exemptions）を取り消すか、施策の addresses から外してください。",
    "Either drop the exemption or the measure's link.",
    lambda item, where: Message(
        f"「{item}」を除外していますが、施策が取り組んでいます（{where}）", f"'{item}' is exempted but a measure addresses it"
    ),
)


def _duplicate_reference(item: str, measure_id: str | None = None, measure_title: str | None = None) -> Message:
    if measure_id is None:
        return Message(f"「{item}」の除外が2回あります", f"'{item}' is exempted twice")
    return Message(f"施策「{measure_title}」が「{item}」を2回参照しています", f"measure '{measure_id}' lists '{item}' twice")


DUPLICATE_REFERENCE = Rule(
    "DX305",
    "duplicate-reference",
    W,
    "同じ項目を2回参照",
    "Same item referenced twice",
    "重複した参照を1つにしてください。",
    "Remove the repeated reference.",
    _duplicate_reference,
)


def _not_in_edition(item: str, title: str, title_en: str, edition: str, instead: str | None) -> Message:
    if instead:
        return Message(
            f"「{item}」は{title}にありません（第{edition}版の項目。この版では「{instead}」が引き継いでいます）",
            f"'{item}' is not in {title_en} (it is an item of edition {edition}; this edition continues it as '{instead}')",
        )
    return Message(
        f"「{item}」は{title}にありません（第{edition}版の項目）", f"'{item}' is not in {title_en} (it is an item of edition {edition})"
    )


ITEM_NOT_IN_EDITION = Rule(
    "DX306",
    "item-not-in-edition",
    E,
    "計画に適用する版にない項目",
    "Item not in the edition that applies",
    "項目は計画に適用する版（監査の見出しに表示）にあるものを参照します。別の版に準拠した計画なら frameworks: で版を宣言し"
    '（例: dx: "1.0"）、新しい版へ改定するなら、引き継ぐ項目に書き換えてください（dxcheck frameworks diff dx@1.0 dx@2.3）。',
    "Refer to items of the edition that applies to the plan (shown in the audit's header). Declare the edition the plan was written "
    'for under frameworks: (dx: "1.0"), or, revising it for a newer one, use the item that continues it (dxcheck frameworks diff).',
    _not_in_edition,
)


def _unknown_edition(framework: str, edition: str, editions: list[str]) -> Message:
    if not editions:
        return Message(f"枠組み「{framework}」はありません（frameworks: の版の宣言）", f"there is no framework '{framework}' (frameworks:)")
    known = "、".join(editions)
    return Message(
        f"「{framework}」の版「{edition}」は dxcheck に収録されていません（収録されている版: {known}）",
        f"edition '{edition}' of '{framework}' is not shipped with dxcheck (editions: {', '.join(editions)})",
    )


UNKNOWN_EDITION = Rule(
    "DX307",
    "unknown-edition",
    E,
    "宣言した版が収録されていない",
    "Declared edition is not shipped",
    "frameworks: には dxcheck frameworks が示す版を書いてください。収録されていない版に準拠した計画は、策定日に有効な収録版で監査されます。",
    "Declare an edition that dxcheck frameworks lists; a plan declaring another is audited with the edition in force when it was adopted.",
    _unknown_edition,
)

# --- DX4xx: content -----------------------------------------------------------------------------

KPI_NO_TARGET = Rule(
    "DX401",
    "kpi-no-target",
    W,
    "KPI に目標値がない",
    "KPI without a target",
    "目標値（target）と目標年度（target_year）を書くと進捗を測れます。未定なら実施計画で定める旨を note に。",
    "Add a target (and target_year), or say in note where it will be set.",
    lambda name: Message(f"KPI「{name}」に目標値（target）がありません", f"KPI '{name}' has no target"),
)


def _exemption_no_reason(item: str, reason: str = "") -> Message:
    if not reason.strip():
        return Message(f"「{item}」を除外する理由（reason）が空です", f"the exemption of '{item}' has an empty reason")
    return Message(
        f"「{item}」を除外する理由（reason）「{reason}」は理由になっていません（記号・空白・見えない文字だけか、「なし」「検討中」のような決まり文句、1文字だけ）。除外は数えません",
        f"the reason for exempting '{item}', '{reason}', says nothing (only symbols, spaces or invisible characters, a placeholder such as 'none' or 'TBD', or one character); the exemption is not counted",
    )


EXEMPTION_NO_REASON = Rule(
    "DX402",
    "exemption-no-reason",
    E,
    "除外に理由がない",
    "Exemption without a reason",
    "項目を扱わない理由を reason に書いてください。空の理由、「-」などの記号だけ、ゼロ幅空白（U+200B）などの見えない文字だけの理由は"
    "理由ではありません（NFKC で正規化し、空白・見えない文字・記号を除いて何も残らないもの）。「なし」「特に無し」「該当なし」「省略」「検討中」"
    "「TBD予定」のような決まり文句、1文字（「あ」「1」）や同じ文字の繰り返しも理由ではありません。「県が実施」のように短くても何かを言う理由は理由です。"
    "その除外は監査で数えず、項目は「なし」になります。",
    "Say in reason why the item is not taken up. An empty reason, or one of symbols (-), spaces or invisible characters (U+200B) only — "
    "nothing left after NFKC normalisation — is no reason; nor is a placeholder (なし, 特に無し, 該当なし, 省略, 検討中, N/A, TBD予定), one "
    "character (a, 1) or one character repeated. A short reason that says something (県が実施) is one. The exemption is not counted "
    "and the item is missing.",
    _exemption_no_reason,
)


def _procedure_no_reason(key: str, status: str, reason: str = "") -> Message:
    label = "予定なし" if status == "not-planned" else "対象外"
    if reason.strip():
        return Message(
            f"手続「{key}」は{label}（{status}）ですが理由（reason）「{reason}」は理由になっていません（記号・空白・見えない文字だけか、「なし」「検討中」のような決まり文句、1文字だけ）",
            f"procedure '{key}' is {status} but its reason '{reason}' says nothing (only symbols, spaces or invisible characters, a placeholder such as 'none' or 'TBD', or one character)",
        )
    return Message(
        f"手続「{key}」は{label}（{status}）ですが理由（reason）がありません", f"procedure '{key}' is {status} but gives no reason"
    )


PROCEDURE_NO_REASON = Rule(
    "DX403",
    "procedure-no-reason",
    E,
    "対象外・予定なしの手続に理由がない",
    "Procedure not planned / not applicable without a reason",
    "status が not-planned・not-applicable の手続には reason が必要です（例: 道路使用許可は警察の所管）。記号や見えない文字だけの理由は理由ではなく、"
    "対象外（not-applicable）は監査で数えません。",
    "A not-planned or not-applicable procedure needs a reason; one of symbols or invisible characters only is none, and such a "
    "not-applicable is not counted.",
    _procedure_no_reason,
)
PROCEDURE_NO_TARGET = Rule(
    "DX404",
    "procedure-no-target",
    W,
    "予定の手続に目標年度がない",
    "Planned procedure without a target year",
    "status: planned には target_year（例: R6）を書いてください。",
    "Give a planned procedure a target_year.",
    lambda key: Message(
        f"手続「{key}」は予定（planned）ですが目標年度（target_year）がありません", f"procedure '{key}' is planned but has no target_year"
    ),
)


def _municipality_code(code: str) -> Message:
    if len(code) == 5:
        return Message(f"団体コード「{code}」は5桁です", f"municipality code '{code}' has 5 digits")
    return Message(f"団体コード「{code}」のチェックディジットが合いません", f"municipality code '{code}': the check digit is wrong")


def code_suggestion(code: str) -> Message | None:
    """What to write instead of a 5-digit code, or of a code with a wrong check digit."""
    from dxcheck.model.municipality import check_digit

    if not (code.isascii() and code.isdigit() and len(code) in (5, 6)):
        return Message("6桁の数字で書きます（例: 012319）", "write the 6 digits, e.g. 012319")
    right = check_digit(code[:5])
    if len(code) == 5:
        return Message(
            f'チェックディジットを付けた6桁で書いてください: "{code}{right}"',
            f'write the 6-digit code with its check digit: "{code}{right}"',
        )
    return Message(
        f"{code[:5]} なら最後は {right}。入力誤りがないか、総務省の一覧で確かめてください",
        f"for {code[:5]} the check digit is {right}; check the code against the official list",
    )


MUNICIPALITY_CODE = Rule(
    "DX405",
    "municipality-code",
    E,
    "団体コードのチェックディジットが違う",
    "Municipality code check digit is wrong",
    "全国地方公共団体コードは6桁（最後の1桁がチェックディジット）。総務省の一覧から写してください。",
    "The code has 6 digits, the last a check digit; copy it from the official list.",
    _municipality_code,
)
MUNICIPALITY_CODE_MISSING = Rule(
    "DX406",
    "municipality-code-missing",
    W,
    "団体コードがない",
    "No municipality code",
    "全国地方公共団体コード（6桁）を municipality.code に書くと、団体を取り違えずに比較できます。",
    "Add the 6-digit municipality code, so towns are never confused when compared.",
    _fixed("団体コード（municipality.code）がありません", "municipality.code is missing"),
)
PREFECTURE_MISMATCH = Rule(
    "DX407",
    "prefecture-mismatch",
    W,
    "都道府県と団体コードが合わない",
    "Prefecture does not match the code",
    "団体コードの上2桁は都道府県を表します（01 北海道 … 47 沖縄県）。どちらかが誤っています。",
    "The code's first two digits are the prefecture (01 北海道 … 47 沖縄県); one of them is wrong.",
    lambda prefecture, code, expected: Message(
        f"都道府県「{prefecture}」が団体コード「{code}」（上2桁 {code[:2]} は{expected}）と合いません",
        f"prefecture '{prefecture}' does not match code '{code}' ({code[:2]} is {expected})",
    ),
)
TITLE_TOO_LONG = Rule(
    "DX408",
    "title-too-long",
    W,
    "施策名・方針名が長すぎる",
    "Title too long",
    "施策名は見出しです（200 文字まで）。本文は description に書いてください。",
    "A title is a heading (up to 200 characters); put the text in description.",
    lambda node_id, length, limit: Message(
        f"「{node_id}」の名前が {length:,} 文字あります（見出しは {limit} 文字まで、本文は description に）",
        f"the title of '{node_id}' has {length:,} characters (a heading has up to {limit}; put text in description)",
    ),
)

READ_LIMIT = Rule(
    "DX409",
    "text-too-long-to-read",
    I,
    "本文が長すぎて最後まで読まない",
    "Text too long to read in full",
    "監査は施策・方針の名前と本文をそれぞれ 2,000 文字まで読みます（その中で終わる文まで）。実際の計画の施策の本文は長くても数百字です。"
    "表や章全体を貼り付けていないか確認し、施策ごとに分けてください。",
    "The audit reads a title or description up to 2,000 characters (the sentences that end within them). A real measure's text has "
    "a few hundred at most; split a pasted table or chapter into measures.",
    lambda node_id, length, read: Message(
        f"「{node_id}」の本文が {length:,} 文字あります。監査は最初の {read:,} 文字だけを読みます",
        f"the text of '{node_id}' has {length:,} characters; the audit reads the first {read:,} only",
    ),
)
MUNICIPALITY_UNNAMED = Rule(
    "DX410",
    "municipality-unnamed",
    W,
    "自治体名・都道府県がない",
    "No municipality name or prefecture",
    "計画書から読み取った下書きでは、表紙に団体名がないと空になります。municipality.name と prefecture を書いてください。",
    "A draft read from a document leaves them empty when its cover does not name the town; fill in municipality.name and prefecture.",
    lambda fields: Message(f"{'・'.join(fields)} が空です", f"{', '.join(fields)} empty"),
)


def _control_character(where: str, index: int, code: int) -> Message:
    name = _CONTROL_NAMES.get(code, "")
    shown = f"U+{code:04X}" + (f" {name}" if name else "")
    return Message(
        f"{where} の {index:,} 文字目に制御文字 {shown} があります。削除してください（報告では \\x{code:02x} と表示します）",
        f"{where} has the control character {shown} at character {index:,}; remove it (reports show it as \\x{code:02x})",
    )


_CONTROL_NAMES = {0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0B: "VT", 0x0C: "FF", 0x0D: "CR", 0x1B: "ESC", 0x7F: "DEL", 0x85: "NEL"}

CONTROL_CHARACTER = Rule(
    "DX411",
    "control-character",
    W,
    "文字列に制御文字がある",
    "Control character in a text",
    "ESC・NUL などの制御文字は表示も印刷もできず、Excel や XML には入りません。二重引用符の中の \\x1b・\\e などのエスケープを確認して削除してください。",
    "Control characters such as ESC or NUL cannot be shown or printed, nor held by Excel or XML; remove the escape (\\x1b, \\e …) from the double-quoted text.",
    _control_character,
)

_HIDDEN_KIND = {
    "break": ("改行", "a line break"),
    "bidi": ("文字の向きを変える制御文字", "the bidirectional control"),
    "zero-width": ("幅のない文字", "the zero-width character"),
    "blank": ("何も描かれない文字", "the letter that draws nothing"),
}


def _hidden_character(where: str, index: int, code: int, name: str, kind: str, shown: str) -> Message:
    ja, en = _HIDDEN_KIND[kind]
    return Message(
        f"{where} の {index:,} 文字目に{ja} U+{code:04X}（{name}）があります。名前・題名は 1 行の見えるとおりの文字で書いてください（報告では {shown} と表示します）",
        f"{where} has {en} U+{code:04X} ({name}) at character {index:,}; write names and titles as one line of visible text (reports show it as {shown})",
    )


HIDDEN_IN_NAME = Rule(
    "DX412",
    "hidden-character-in-name",
    W,
    "名前・題名に改行・向きを変える制御文字・幅のない文字がある",
    "Line break, bidirectional control or zero-width character in a name or title",
    "団体名・計画名・方針名・施策名の改行は端末や報告に偽の行（「判定: 合格」など）を作り、U+202E などの向きを変える制御文字は"
    "表示される文字の順序を入れ替え、U+200B などの幅のない文字は同じに見える別の名前を作ります。報告ではどれも \\n・\\u202e のように"
    "エスケープして表示します。削除してください。",
    "A line break in a municipality name, plan title, policy or measure title makes a false line in the terminal and in reports "
    "(such as a verdict), a bidirectional control such as U+202E reorders what is shown, and a zero-width character such as U+200B "
    "makes a name that looks like another. Reports show each escaped (\\n, \\u202e); remove them.",
    _hidden_character,
)
READ_BUDGET = Rule(
    "DX413",
    "plan-too-long-to-read",
    W,
    "計画の本文が長すぎて最後まで読まない",
    "Plan too long to read in full",
    "監査は 1 つの計画の名前と本文を合わせて 200,000 文字まで読みます（大きな実際の計画で 10 万字ほど）。それを超えた先の方針・施策は"
    "本文から項目を読み取らず、addresses の項目だけを数えます。貼り付けた表や章を除くか、計画を分けてください。",
    "The audit reads up to 200,000 characters of one plan's titles and descriptions (a large real plan has about 100,000). Past "
    "them, policies and measures are not read for items; only their addresses count. Remove pasted tables or chapters, or split the plan.",
    lambda node_id, total, limit, unread: Message(
        f"計画の名前と本文が合わせて {total:,} 文字あります。監査は {limit:,} 文字まで読み、「{node_id}」から後の {unread:,} 件の"
        "方針・施策は本文を読みません（addresses は数えます）",
        f"the plan's titles and descriptions have {total:,} characters; the audit reads {limit:,}, and does not read the text of "
        f"the {unread:,} policies and measures from '{node_id}' on (their addresses count)",
    ),
)
BACKGROUND_POLICY = Rule(
    "DX414",
    "background-policy",
    W,
    "背景の章が方針として書かれている",
    "A chapter of the background is written as a policy",
    "施策がなく、本文も取組を述べていない方針で、名前が背景・現状と課題・国の動向などの章のもの（「計画策定の背景」）は、町の取組ではなく"
    "経緯の説明です。監査はその本文を項目の根拠として読みません（文書から読み込むときも除いています）。取組なら施策を書き、背景なら方針から"
    "外してください。本文が取組を述べる方針（「…を毎年度実施します。」）は、名前によらず読みます。",
    "A policy with no measure and a text that commits to nothing, named for a chapter of the background (背景, 現状と課題, "
    "国の動向 …), tells what moved the town, not what it will do: the audit does not read its text for items (the "
    "document reader leaves it out too). If it is a commitment, write its measures; if it is background, take it out of "
    "the policies. A policy whose text commits (「…を毎年度実施します。」) is read whatever its name.",
    lambda node_id, title, reason: Message(
        f"方針「{title}」（{node_id}）は「{reason}」の章と読みました。施策がないため、本文は取組として数えません",
        f"policy '{node_id}' ('{title}') reads as a chapter of '{reason}': it has no measure, and its text is not counted as a commitment",
    ),
)


def _placeholder(field: str, placeholder: str) -> Message:
    return Message(
        f"{field} が dxcheck init の雛形の「{placeholder}」のままです",
        f"{field} is still the starter plan's placeholder '{placeholder}'",
    )


def placeholder_suggestion(field: str, *, name: str | None = None, prefecture: str | None = None) -> Message:
    """What to write instead of init's placeholder in `field` (municipality.name, municipality.prefecture,
    plan.title): the prefecture the code gives, the title made of the name once the name is written."""
    if field == "municipality.prefecture":
        if prefecture:
            return Message(f'団体コードの都道府県を書いてください: "{prefecture}"', f'write the code\'s prefecture: "{prefecture}"')
        return Message('都道府県名を書いてください。例: "北海道"、"埼玉県"', 'write the prefecture, e.g. "北海道" or "埼玉県"')
    if field == "plan.title":
        title = f"{name or '東川町'}DX推進計画"
        return Message(f'計画名を書いてください。例: "{title}"', f'write the plan\'s title, e.g. "{title}"')
    return Message('団体名を書いてください。例: "東川町"', 'write the municipality\'s name, e.g. "東川町"')


MUNICIPALITY_PLACEHOLDER = Rule(
    "DX415",
    "municipality-placeholder",
    W,
    "団体名・都道府県が雛形のまま",
    "Municipality name or prefecture left as the starter plan's placeholder",
    "dxcheck init が書いた「（団体名）」「（都道府県）」が残っています。このままでは報告の表題が「（団体名）DX推進計画（（都道府県））」になり、"
    "記載例も団体に合わせられません（「本町」「副町長」）。municipality.name に団体名（例: 東川町）、prefecture に都道府県名（例: 北海道）、"
    "plan.title に計画名を書いてください。dxcheck init -m 東川町 --code 014583 なら初めから入ります。",
    "The 「（団体名）」 and 「（都道府県）」 dxcheck init wrote are still there: reports would be titled 「（団体名）DX推進計画（（都道府県））」, "
    "and the 記載例 cannot speak as the town (本町, 副町長). Write the municipality's name in municipality.name (東川町), its prefecture "
    "in prefecture (北海道) and the plan's title in plan.title; dxcheck init -m 東川町 --code 014583 writes them from the start.",
    _placeholder,
)


def prefecture_suggestion(close: str | None) -> Message:
    """The prefecture closest to one that is not one of the 47, or how a prefecture is written."""
    if close:
        return Message(f"もしかして「{close}」？", f"did you mean '{close}'?")
    return Message(
        '47 都道府県の名前を「都・道・府・県」まで書いてください。例: "北海道"、"東京都"、"京都府"、"埼玉県"',
        'write one of the 47 prefectures in full, with 都・道・府・県 (e.g. "北海道", "東京都", "京都府", "埼玉県")',
    )


UNKNOWN_PREFECTURE = Rule(
    "DX416",
    "unknown-prefecture",
    W,
    "都道府県が 47 都道府県のどれでもない",
    "Prefecture is not one of the 47",
    "prefecture には 47 都道府県の名前を「都・道・府・県」まで書きます（北海道、東京都、京都府、埼玉県）。団体コードがあれば、"
    "合わないときは DX407 がコードの上2桁の都道府県を示します。コードがないか、その上2桁が都道府県でないときは、この規則が示します。",
    "Write one of the 47 prefectures in full (北海道, 東京都, 京都府, 埼玉県). With a municipality code, DX407 names the code's "
    "prefecture when they differ; without a code, or with one whose first two digits are no prefecture, this rule says it.",
    lambda prefecture: Message(
        f"都道府県「{prefecture}」は 47 都道府県のどれでもありません", f"prefecture '{prefecture}' is not one of the 47 prefectures"
    ),
)


# --- DX5xx: the audit ---------------------------------------------------------------------------

ITEM_MISSING = Rule(
    "DX501",
    "item-missing",
    W,
    "国の必須項目に取り組む施策がない",
    "No measure takes up a required national item",
    "この項目に取り組む施策を加えるか、取り組まない理由を exemptions に書いてください。"
    "判定の基準（既定の --fail-on missing）で不合格になるときはエラーです。",
    "Add a measure that takes the item up, or declare an exemption with a reason. "
    "An error when it fails the bar (--fail-on missing, the default, or partial).",
    lambda item, title, title_en: Message(f"「{item}」{title} に取り組む施策がありません", f"no measure takes up '{item}' ({title_en})"),
)
ITEM_PARTIAL = Rule(
    "DX502",
    "item-partial",
    I,
    "国の必須項目への取組が一部だけ",
    "A required national item is only partly taken up",
    "項目全体に取り組む施策を加えるか、partial の根拠を確かめてください（dxcheck explain 項目 計画）。"
    "--fail-on partial で不合格になるときはエラーです。",
    "Add a measure for the whole item, or check the partial evidence (dxcheck explain ITEM PLAN). "
    "An error when it fails the bar (--fail-on partial).",
    lambda item, title, title_en: Message(f"「{item}」{title} への取組は一部だけです", f"'{item}' ({title_en}) is only partly taken up"),
)
SUGGESTED_LINK = Rule(
    "DX503",
    "suggested-link",
    I,
    "addresses にない項目にも当たる可能性",
    "The measure may also take up an item it does not list",
    "施策の文章が別の項目の語を含みます。当たるなら addresses に加えてください（監査では数えません）。",
    "The measure's text names another item; add it to addresses if it applies (not counted).",
    lambda kind, node_id, node_title, item, title, matched: Message(
        f"{'方針' if kind == 'policy' else '施策'}「{node_title}」は「{item}」{title} にも当たる可能性があります（一致した語: {'・'.join(matched)}）",
        f"{kind} '{node_id}' may also take up '{item}' (matched: {', '.join(matched)})",
    ),
)
DECLARED_BUT_REFUSED = Rule(
    "DX508",
    "declared-but-refused",
    W,
    "addresses に挙げた項目を、施策の本文が行わないと書いている",
    "The measure lists an item in addresses that its own text declines",
    "本文が取り組まないと言う項目は、addresses に挙げても取組とは数えず、一部（◐）として数えます。取り組むなら本文を、取り組まないなら addresses を直してください。",
    "An item the measure's own text declines counts as partial, whatever addresses says: fix the text if the town takes it up, or addresses if not.",
    lambda title, item, item_title, sentence: Message(
        f"施策「{title}」は addresses に「{item}」{item_title} を挙げていますが、本文は行わないと書いています（「{sentence}」）。一部として数えます",
        f"measure '{title}' lists '{item}' in addresses, but its text declines it (\"{sentence}\"): counted as partial",
    ),
)
MANY_EXEMPTIONS = Rule(
    "DX504",
    "many-exemptions",
    W,
    "必須項目の多くを除外している",
    "Many required items exempted",
    "除外した項目はスコアの分母から外れるため、除外が多いとスコアは計画の取組を表しません。枠組みの必須項目の 4 分の 1 を超えて"
    "（2 項目以上）除外すると警告します。すべて除外した枠組みにはスコアがありません（0/0 は 100 ではありません）。それぞれの除外の理由を確かめ、"
    "取り組む項目は施策に書いてください。",
    "Exempted items leave the score's denominator, so a score with many exemptions says little. Warned when more than a quarter "
    "of a framework's required items (and at least 2) are exempt; a framework with every one exempt has no score (0 of 0 is not 100). "
    "Check each reason, and take up in measures what the town does.",
    lambda framework, title, title_en, exempt, required: (
        Message(
            f"{title}の必須項目 {required} 項目をすべて除外しています。0/0 はスコアにならないため、この枠組みと総合のスコアはありません"
            "（--min-score には届きません）",
            f"all {required} required items of {title_en} ({framework}) are exempted; 0 of 0 is no score, so this framework and the "
            "plan have none (below any --min-score)",
        )
        if exempt == required
        else Message(
            f"{title}の必須項目 {required} 項目のうち {exempt} 項目を除外しています。除外した項目はスコアに数えません",
            f"{exempt} of the {required} required items of {title_en} ({framework}) are exempted; the score leaves them out",
        )
    ),
)
USER_FRAMEWORK = Rule(
    "DX505",
    "user-framework",
    I,
    "利用者が加えた枠組みで監査した",
    "Audited with a framework a user added",
    "dxcheck に収録されていない（または収録版を置き換えた）枠組みファイルで監査しています。そのファイルの出典と内容は加えた人が確かめてください（dxcheck frameworks check FILE）。",
    "The audit used a framework file that does not ship with dxcheck (or replaces a shipped edition): its sources are its author's to vouch for.",
    lambda ref, title, title_en, file, replaces: Message(
        f"{title}（{ref}）は利用者の枠組みファイル {file} から読みました" + ("（dxcheck の収録版を置き換え）" if replaces else ""),
        f"{title_en} ({ref}) was read from the user's framework file {file}"
        + (" (replacing the edition dxcheck ships)" if replaces else ""),
    ),
)
USER_FRAMEWORK_LOWERS = Rule(
    "DX506",
    "user-framework-lowers",
    W,
    "利用者の枠組みが収録版の必須項目を減らした",
    "A user's framework requires less than the shipped edition",
    "収録版を置き換えた枠組みファイルが収録版の必須項目を必須でなくしている、または利用者が加えた新しい版が、その前の収録版の必須項目を"
    "必須としていません（引き継ぐ項目がない、または必須でない）。判定が甘くなります。意図したものか確かめてください。",
    "A framework file that replaces a shipped edition makes some of its required items optional, or a new edition a user added does "
    "not require what the shipped edition before it requires (no item continues it, or the one that does is optional): the bar is "
    "lower. Check it is meant.",
    lambda ref, file, dropped, before=None: Message(
        f"{file} は {ref} の必須項目 {len(dropped)} 件（{'、'.join(dropped)}）を必須でなくしています。判定はその分甘くなります"
        if before is None
        else f"{file} の {ref} は、その前の収録版 {before} の必須項目 {len(dropped)} 件（{'、'.join(dropped)}）を必須としていません。"
        "判定はその分甘くなります",
        f"{file} makes {len(dropped)} required item{'s' if len(dropped) != 1 else ''} of {ref} optional ({', '.join(dropped)}): "
        "the bar is lower by that much"
        if before is None
        else f"{ref} in {file} does not require {len(dropped)} item{'s' if len(dropped) != 1 else ''} the shipped edition before it, "
        f"{before}, requires ({', '.join(dropped)}): the bar is lower by that much",
    ),
)
BELOW_MIN_SCORE = Rule(
    "DX507",
    "below-min-score",
    E,
    "総合スコアが --min-score に届かない",
    "The overall score is below --min-score",
    "--min-score の基準に総合スコアが届かない（またはスコアがない）ため不合格です。SARIF では、--min-score を付けた監査ごとにこの規則の結果が一つあります（届かなければ error、届けば kind: pass）。ほかの形式は判定の行で言います。",
    "The plan fails the --min-score bar (or has no score). In SARIF, an audit run with --min-score has one result of this rule "
    "(error when below the bar, kind: pass when it meets it); the other formats say it in the verdict line.",
    lambda reason_ja, reason_en: Message(reason_ja, reason_en),
)
NO_LEGAL_BASIS = Rule(
    "DX510",
    "no-legal-basis",
    W,
    "法的な位置づけの宣言がない",
    "No legal-basis declaration",
    "官民データ活用推進基本法第9条第3項に基づく市町村官民データ活用推進計画とするなら、plan.legal_basis に書いてください。",
    "Declare the plan's legal basis in plan.legal_basis (e.g. 官民データ活用推進基本法 第9条第3項).",
    _fixed(
        "計画の法的な位置づけ（例: 官民データ活用推進基本法第9条第3項の市町村官民データ活用推進計画）が宣言されていません",
        "the plan declares no legal basis (such as 官民データ活用推進基本法 第9条第3項)",
    ),
)


def _no_period(missing: str, note: str | None) -> Message:
    ja = {"period": "計画期間", "start": "開始年度", "end": "終了年度", "both": "開始・終了年度"}[missing]
    en = "fiscal years" if missing == "period" else "start or end fiscal year"
    return Message(f"{ja}がありません" + (f"（{note}）" if note else ""), f"the plan period has no {en}")


NO_PERIOD = Rule(
    "DX511",
    "no-period",
    W,
    "計画期間が年度で書かれていない",
    "No plan period in fiscal years",
    "plan.period に開始年度と終了年度を書いてください（期間を定めない場合も、実施計画の期間を書くと進捗を測れます）。",
    "Give plan.period a start and an end fiscal year.",
    _no_period,
)
PERIOD_BEYOND_HORIZON = Rule(
    "DX512",
    "period-beyond-horizon",
    W,
    "計画期間が国の計画の期間を越える",
    "Plan period runs beyond the national plan's horizon",
    "国の計画の後の版（改定版）を確認し、対応する枠組みで検査してください。",
    "Check the later edition of the national plan for the years beyond its horizon.",
    lambda end, end_shown, title, title_en, horizon, horizon_shown: Message(
        f"計画期間の終わり（{end_shown}年度）が{title}の期間（{horizon_shown}年度まで）を越えています",
        f"the plan runs to FY{end}, beyond {title_en} (to FY{horizon})",
    ),
)
EDITION_ENDED = Rule(
    "DX513",
    "edition-ended",
    W,
    "監査に使った版の期間が、計画の始まる前（または策定の前）に終わっている",
    "The edition used ended before the plan starts (or before it was adopted)",
    "dxcheck はこの計画の時期に有効な版を収録していません。現行の版を枠組みファイルに書き、--frameworks-dir DIR（または設定の framework-paths）で加えてください（docs/frameworks.md「新しい版を30分で収録する」）。",
    "dxcheck holds no edition in force when this plan starts: write the current one as a framework file and add it with --frameworks-dir DIR "
    "(or framework-paths in the configuration); docs/frameworks.md, 'Encode a new edition in 30 minutes'.",
    lambda ref, title, title_en, horizon, horizon_shown, when, when_en: Message(
        f"{title}（{ref}）で監査しましたが、この版の期間は {horizon_shown}年度 で終わっており、{when}にはもう有効ではありません。"
        "後の版は dxcheck に収録されていません",
        f"audited with {title_en} ({ref}), whose period ended in FY{horizon}, before {when_en}; no later edition is encoded",
    ),
)
OLDER_EDITION_DECLARED = Rule(
    "DX514",
    "older-edition-declared",
    I,
    "計画が、策定時に有効だった版より古い版を宣言している",
    "The plan declares an edition older than the one in force when it was adopted",
    "宣言した版のまま監査しています。策定時に有効な版で見るなら dxcheck audit PLAN --against ID@版 で、改定に加える項目が分かります。",
    "The plan is audited with the edition it declares; dxcheck audit PLAN --against ID@EDITION lists what the newer edition adds.",
    lambda framework, declared, in_force, when: Message(
        f"計画は {framework}@{declared} を宣言していますが、{when} に有効だった版は {framework}@{in_force} です",
        f"the plan declares {framework}@{declared}; the edition in force on {when} was {framework}@{in_force}",
    ),
)
USER_FRAMEWORK_WIDENS = Rule(
    "DX515",
    "user-framework-widens",
    W,
    "利用者の枠組みが収録版の必須項目の語を広げた",
    "A user's framework widens the words of items the shipped edition requires",
    "収録版を置き換えた枠組みファイル、または利用者が加えた新しい版が、必須項目を示す語を加えたか、数えない言い回し・意味の見分けを外しています。本文の別の取組が"
    "その項目に数えられ、判定が甘くなることがあります。意図したものか確かめてください（dxcheck explain 項目 計画 で一致した語が分かります）。",
    "A framework file that replaces a shipped edition, or a new edition a user added, adds words that signal a required item, or drops its exclusions or rules of "
    "sense: other text may count for the item, and the bar may be lower. Check it is meant (dxcheck explain ITEM PLAN shows the words matched).",
    lambda ref, file, widened: Message(
        f"{file} は {ref} の必須項目 {len(widened)} 件（{'、'.join(widened)}）を示す語を広げています（語の追加、数えない言い回し・意味の見分けの削除）",
        f"{file} widens the words of {len(widened)} required item{'s' if len(widened) != 1 else ''} of {ref} ({', '.join(widened)}): "
        "signals added, or exclusions or rules of sense dropped",
    ),
)


def _frameworks_narrowed(file: str, named: Iterable[str], left_out: Iterable[tuple[str, str, str]]) -> Message:
    left = list(left_out)
    setting = "frameworks = [" + ", ".join(f'"{f}"' for f in named) + "]"
    ids_ja, ids_en = "・".join(i for i, _, _ in left), ", ".join(i for i, _, _ in left)
    titles_ja = "、".join(f"{i}（{title.split('（')[0]}）" for i, title, _ in left)
    titles_en = ", ".join(f"{i} ({title_en.split(' (')[0]})" for i, _, title_en in left)
    return Message(
        f"設定ファイル {file} の {setting} により、必須項目のある枠組み {titles_ja}を監査していません。"
        f"判定は {ids_ja} を見ずに出しています",
        f"the settings file {file} ({setting}) leaves out {titles_en}, whose required items decide the verdict: "
        f"the plan was not judged against {ids_en}",
    )


FRAMEWORKS_NARROWED = Rule(
    "DX516",
    "frameworks-narrowed",
    W,
    "設定 frameworks が必須項目のある枠組みを監査から外した",
    "The frameworks setting leaves out a framework with required items",
    "設定（.dxcheck.toml・[tool.dxcheck]）の frameworks が、必須項目のある枠組み（kanmin・dx、--require-procedures のときは procedures も）を"
    "監査から外しています。その枠組みの項目は判定に数えないため、合格でも国の必須項目を満たしたことにはなりません（判定の行にも出ます）。"
    "意図したものでなければ frameworks の行を消すか、外した枠組みを加えてください（dxcheck config で設定の出どころが分かります）。"
    "終了コードは変わりません。",
    "The frameworks setting (.dxcheck.toml, [tool.dxcheck]) leaves out a framework with required items (kanmin, dx; procedures too "
    "with --require-procedures). Its items do not count in the verdict, so a pass does not mean the national required items are met "
    "(the verdict line says so too). If it is not meant, remove the frameworks line or add the frameworks left out (dxcheck config "
    "shows where each setting comes from). The exit code does not change.",
    _frameworks_narrowed,
)
AFTER_NATIONAL_TARGET = Rule(
    "DX520",
    "after-national-target",
    W,
    "施策の予定が国の目標年度より後",
    "Measure scheduled after the national target year",
    "国の目標年度までに終えるようスケジュールを見直してください。遅れるのが計画どおりなら、理由を施策の note に書くと報告の"
    "読み手に伝わります（警告は残ります。承知のうえで出さないなら、設定ファイルの ignore に DX520 を加えてください）。",
    "Bring the schedule within the national target year. If the delay is planned, say why in the measure's note for the"
    " report's readers (the warning stays; to leave it out on purpose, add DX520 to ignore in the settings file).",
    lambda measure_id, title, item, last, last_shown, target_en, target_shown: Message(
        f"施策「{title}」の予定（{last_shown}年度まで）が、「{item}」の国の目標（{target_shown}）より後です",
        f"measure '{measure_id}' runs to FY{last}, after the national target for '{item}' ({target_en})",
    ),
)
PLAN_STARTS_AFTER_TARGET = Rule(
    "DX521",
    "plan-starts-after-target",
    I,
    "計画期間が国の目標年度の後に始まる",
    "The plan starts after the national target year",
    "国の目標年度はすでに過ぎています。現状（達成済みか）を施策に書き、猶予が続く項目（標準化の特定移行支援システムなど）は、その移行の予定を施策に書いてください。",
    "The national target year has passed before the plan starts; say where the town stands, and where a later allowance is still open "
    "(標準化: 特定移行支援システム), schedule that migration in a measure.",
    lambda start, start_shown, item, title, target_en, target_shown, allowance=None: Message(
        f"計画期間（{start_shown}年度から）は「{item}」{title} の国の目標（{target_shown}）の後に始まります"
        + (f"。この計画の期間に問われるのは、その後の猶予です（{allowance[0]}）" if allowance else ""),
        f"the plan starts in FY{start}, after the national target for '{item}' ({target_en})"
        + (f"; what this plan's period is asked about is the later allowance: {allowance[1]}" if allowance else ""),
    ),
)
AFTER_TARGET_WITHIN_ALLOWANCE = Rule(
    "DX522",
    "within-allowance",
    I,
    "施策の予定が国の目標年度より後だが、猶予の範囲内",
    "Measure scheduled after the national target, within a later allowance",
    "国の目標年度の後の予定は、猶予（例: 特定移行支援システム）に当たる場合だけ認められます。当たるなら、そのことを施策の説明か note に書いてください。",
    "A schedule past the national target is allowed only where the allowance applies (特定移行支援システム); say so in the measure.",
    lambda measure_id, title, item, last, last_shown, target_en, target_shown, allowance_shown, allowance_text, allowance_text_en: Message(
        f"施策「{title}」の予定（{last_shown}年度まで）は「{item}」の国の目標（{target_shown}）より後ですが、猶予の範囲内です（{allowance_shown}年度まで: {allowance_text}）",
        f"measure '{measure_id}' runs to FY{last}, after the national target for '{item}' ({target_en}), within the allowance: {allowance_text_en}",
    ),
)
PROCEDURE_AFTER_TARGET = Rule(
    "DX530",
    "procedure-after-target",
    W,
    "手続のオンライン化予定が国の目標年度より後",
    "Procedure planned online after the national target year",
    "国は令和4年度末までのオンライン化を求めています。目標年度を見直すか理由を note に書いてください。",
    "The national plan asks for these procedures online by the end of FY2022.",
    lambda key, year, year_shown, target, target_shown: Message(
        f"手続「{key}」のオンライン化予定（{year_shown}年度）が国の目標（{target_shown}年度末）より後です",
        f"procedure '{key}' is planned online in FY{year}, after the national target (end of FY{target})",
    ),
)

PROCEDURE_FAILS = Rule(
    "DX532",
    "procedure-fails",
    E,
    "計画が書いた手続の状況が合否の基準に届かない",
    "A procedure the plan states fails the bar",
    "予定なし（not-planned）の手続は、国が優先的にオンライン化を求める手続です。オンライン化の予定と年度を書くか、所管でなければ"
    " not-applicable と理由を書いてください。--fail-on partial では、予定（planned）に目標年度（target_year）も要ります。",
    "A priority procedure not planned online fails the bar: plan it with a year, or mark it not-applicable with a reason when it is "
    "not the municipality's; under --fail-on partial a planned procedure needs its target_year too.",
    lambda key, title, title_en, planned: (
        Message(
            f"手続「{key}」{title} は予定（planned）ですが目標年度がないため、--fail-on partial の基準に届きません",
            f"procedure '{key}' ({title_en}) is planned with no target year, which fails --fail-on partial",
        )
        if planned
        else Message(
            f"手続「{key}」{title} はオンライン化の予定なし（not-planned）です", f"procedure '{key}' ({title_en}) is not planned online"
        )
    ),
)


def _procedures_not_mentioned(title: str, title_en: str, total: int, procedures: list[tuple[str, str, str]]) -> Message:
    """Names every procedure not mentioned (id and title): the reader has to write each of them."""
    return Message(
        f"{title}の {total} 手続のうち {len(procedures)} 手続について記載がありません: " + "、".join(f"{i} {t}" for i, t, _ in procedures),
        f"{len(procedures)} of the {total} procedures of {title_en} are not mentioned: " + ", ".join(f"{i} {t}" for i, _, t in procedures),
    )


PROCEDURES_NOT_MENTIONED = Rule(
    "DX531",
    "procedures-not-mentioned",
    W,
    "優先手続の一部について記載がない",
    "Priority procedures not mentioned",
    "procedures: に各手続の状況（online・planned・not-planned・not-applicable）を書いてください。グループ（p20 など）にまとめて書けます。"
    "記載なしは取組なしではなく、合否にもスコアにも数えません。--require-procedures では数え、エラーです。",
    "State each procedure's status under procedures:; a group key (p20) covers its members. "
    "Not named is not 'not taken up': it fails nothing and scores nothing, unless --require-procedures (then an error).",
    _procedures_not_mentioned,
)

GOVERNANCE_MISSING = Rule(
    "DX540",
    "governance-missing",
    W,
    "推進体制の要素が書かれていない",
    "An element of the plan's governance is missing",
    "plan.governance に書いてください: cio（CIO・CDO の職、例: 副市長・副町長）、body（推進本部など全庁的な体制）、adviser（CIO補佐官等・外部人材）、"
    "training（職員の育成）、cycle（進行管理）、partnership（都道府県等との連携）。育成と連携は、取り組む施策があれば満たします。",
    "State it under plan.governance: cio (who), body (a DX推進本部 or the like), adviser (a CIO adviser or outside experts), training, "
    "cycle (how progress is reviewed), partnership; a measure taking up training or partnership also counts.",
    lambda item, title, title_en, field, label, label_en, document=False: (
        Message(
            f"推進体制: {label}が書かれていません（「{item}」{title}。計画書の推進体制の章に書いてください）",
            f"governance: {label_en} is not stated ('{item}' {title_en}; state it in the plan's chapter on its governance)",
        )
        # a plan read from a Word or PDF document: its author never saw plan.governance (the fourth walkthrough)
        if document
        else Message(
            f"推進体制: {label}が書かれていません（「{item}」{title}、plan.governance.{field}）",
            f"governance: {label_en} is not stated ('{item}' {title_en}, plan.governance.{field})",
        )
    ),
)


def _revision_add(item: str, title: str, title_en: str, change: str, status: str, edition: str) -> Message:
    how = {"new": "新しい項目", "broadened": "範囲が広がった項目", "renamed": "名前が変わった項目"}.get(change, "項目")
    how_en = {"new": "a new item", "broadened": "a broadened item", "renamed": "a renamed item"}.get(change, "an item")
    state = "取組がありません" if status == "missing" else "取組が一部だけです"
    state_en = "is not taken up" if status == "missing" else "is only partly taken up"
    return Message(
        f"改定で加える: 「{item}」{title}（第{edition}版の{how}）に{state}",
        f"to add when revising: '{item}' ({title_en}, {how_en} of edition {edition}) {state_en}",
    )


REVISION_ADD = Rule(
    "DX550",
    "revision-add",
    W,
    "新しい版への改定で加える項目",
    "Item to add when the plan is revised for the newer edition",
    "--against で指定した新しい版の項目で、計画（元の版のまま）に取組がないもの、または一部だけのものです。改定で施策を加えてください。",
    "An item of the newer edition (--against) that the plan, written for an older one, does not (fully) take up: add a measure when revising.",
    _revision_add,
)


def _revision_unknown(item: str, fate: str, edition: str, note: str) -> Message:
    note = note.rstrip("。")
    if fate == "dropped":
        return Message(
            f"改定で見直す: 計画が取り組む「{item}」は第{edition}版にはありません（{note}）",
            f"to review when revising: '{item}', which the plan takes up, is not in edition {edition}",
        )
    return Message(
        f"改定で確かめる: 計画が取り組む「{item}」の第{edition}版での扱いは dxcheck に収録されていません（{note}）",
        f"to check when revising: how edition {edition} treats '{item}', which the plan takes up, is not encoded in dxcheck",
    )


REVISION_UNKNOWN = Rule(
    "DX551",
    "revision-not-carried",
    I,
    "計画の項目が新しい版に引き継がれない（または扱いが未収録）",
    "An item the plan takes up is not carried to the newer edition (or its fate is not encoded)",
    "新しい版の原文で扱いを確かめ、改定で施策を残すか見直してください（docs/frameworks.md に収録していない節を記載）。",
    "Check the newer edition's text for the item; docs/frameworks.md lists what is not encoded.",
    _revision_unknown,
)

# Every rule, in code order: `dxcheck rules`, SARIF's rule list, docs/rules.md.
ALL: tuple[Rule[...], ...] = tuple(
    sorted((value for value in dict(globals()).values() if isinstance(value, Rule)), key=lambda rule: rule.code)
)
BY_CODE: dict[str, Rule[...]] = {rule.code: rule for rule in ALL}
