"""`dxcheck init`: a starter plan, with every national item and procedure listed as commented YAML,
and the plan schema beside it for the editor (`starter`: what to write where, decided before anything
is written; `municipality_code`: the code as typed, checked)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from dxcheck.catalogue.framework import Catalogue, FrameworkSet
from dxcheck.model import rules
from dxcheck.model.findings import Finding
from dxcheck.model.fiscal import format_fiscal_year
from dxcheck.model.municipality import NAME_PLACEHOLDER, PREFECTURE_PLACEHOLDER, kind_of


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


SCHEMA_FILE = "plan.schema.json"  # written beside the plan by `dxcheck init`, for the editor


def _deputy(town: str) -> str:
    """The deputy head a town's CIO usually is: 副町長 of a 町, 副村長 of a 村, 副区長 of a 区, else 副市長 (the order is
    the model's, that `fmt` keeps: written otherwise, fmt moved three of them under the comment block below)."""
    return f"副{kind_of(town) or '市'}長"


def starter_plan(
    frameworks: FrameworkSet,
    *,
    schema: str,
    name: str | None,
    prefecture: str | None,
    code: str | None,
    declare: dict[str, str] | None = None,
) -> str:
    """The text of a starter plan. It lints with no errors; what is left to fill is in comments, each
    at the indentation it takes once its 「# 」 is removed (so uncommenting an example is valid YAML)."""
    town = name or NAME_PLACEHOLDER
    lines = [
        f"# yaml-language-server: $schema={schema}",
        "# dxcheck の計画ファイル。# の行はコメント（記入の手引き）です。例の行は、行頭の「# 」を消すとそのまま使えます。",
        "# 書き終えたら dxcheck lint と dxcheck audit で確かめます。",
        "version: 1",
        "# 準拠する国の枠組みの版（dxcheck frameworks で一覧）。省くと策定日に有効な版で監査します。",
        "frameworks:",
        *(f"  {framework_id}: {_quote(edition)}" for framework_id, edition in (declare or {}).items()),
        "municipality:",
        f"  name: {_quote(town)}",
        f"  prefecture: {_quote(prefecture or PREFECTURE_PLACEHOLDER)}",
    ]
    lines.append(f"  code: {_quote(code)}" if code else '  # code: "012319"   # 全国地方公共団体コード（6桁）')
    lines += [
        "plan:",
        f"  title: {_quote(f'{town}DX推進計画')}",
        "  stage: draft   # draft（原案）/ proposal（案）/ adopted（策定済み）",
        '  # adopted: "2025-03"   # 策定年月日: 2025-03、2025-03-31、2025年3月、令和7年3月、R7.3 のどれでも（月・日は省略可）',
        "  # period:   # 計画期間（年度）: 2025、R7、令和7年度、2025（令和7）年度 のどれでも",
        "  #   start: 2025（令和7）年度",
        "  #   end: 2029（令和11）年度",
        "  legal_basis:",
        "    - law: 官民データ活用推進基本法",
        "      article: 第9条第3項",
        "      designation: 市町村官民データ活用推進計画",
        "  # governance:",
        f"  #   cio: {_deputy(town)}",
        "  #   body: DX推進本部",
        "  #   adviser: 外部CIO補佐官",
        "  #   secretariat: 総務課",
        "  #   cycle: 毎年度、DX推進本部で進捗を評価し見直す（PDCA）",
        "  #   training: 全職員向けDX研修、DX推進リーダーの育成",
        "  #   partnership: 県の市町村DX推進協議会に参加",
        "",
        "# 国の項目（addresses と exemptions に書く ID）:",
    ]
    for framework in frameworks:
        if framework.id == "procedures":
            continue
        lines.append(f"#   {framework.title}")
        width = max(len(framework.qualified(i)) for i in framework.items)
        for item in framework.items:
            hint = f" — 国の目標 {format_fiscal_year(item.target.fiscal_year)}年度" if item.target else ""
            optional = "（任意）" if not item.required else ""
            lines.append(f"#     {framework.qualified(item):<{width}}  {item.title}{optional}{hint}")
    # The example measure addresses the online item of the edition declared (dx/online in 第1.0版,
    # dx/frontyard, which continues it, in 第2.3版).
    dx = frameworks.get("dx")
    example = ["kanmin/online", *(f"dx/{i.id}" for i in (dx.items if dx else []) if i.id in ("online", "frontyard"))]
    lines += [
        "",
        "# 計画の構成のまま、方針と施策を書きます。",
        "policies:",
        '  # - id: "1"',
        "  #   level: 基本方針",
        "  #   title: 行政手続のデジタル化",
        "  #   measures:",
        '  #     - id: "1-1"',
        "  #       title: 行政手続のオンライン化",
        "  #       description: （施策の説明）",
        f"  #       addresses: [{', '.join(example)}]   # この施策が取り組む国の項目（上の一覧から）",
        "  #       kpis:",
        "  #         - {name: オンライン申請が可能な手続数, target: 50, unit: 件, target_year: R9}",
        "  #       schedule: {start: R7, end: R9}",
        "  #       owner: 総務課",
        "",
        "# 優先的にオンライン化すべき手続: 状況を書きます。",
        "#   online（オンライン化済み）/ planned（予定: target_year）/ not-planned（予定なし: reason）/ not-applicable（対象外: reason）",
        "#   p20・p21・p22 に書くと、そのグループの手続すべてに当てはまります。",
        "procedures:",
    ]
    procedures = frameworks.get("procedures")
    if procedures is not None:
        hints = {
            "p07": ", reason: 道路使用許可は警察の所管",
            "p09": ", reason: 特定行政庁ではない",
            "p11": ", reason: 産業廃棄物は都道府県の所管",
        }
        for group in procedures.groups:
            lines.append(f"  # ── {group.title}")
            if group.id != "general":
                lines.append(f"  # {group.id}: {{status: planned, target_year: R8}}   # {group.title}のすべて")
            for item in procedures.items:
                if item.group != group.id:
                    continue
                status = "not-applicable" if item.id in hints else "online"
                entry = f"{{status: {status}{hints.get(item.id, '')}}}"
                lines.append(f"  # {item.id}: {entry:<48}  # {item.title}")
    lines += [
        "",
        "# 意図して取り上げない項目と理由:",
        "exemptions:",
        "  # - item: dx/telework",
        "  #   reason: 県の共同事業として県が実施するため",
    ]
    return "\n".join(lines) + "\n"


def municipality_code(code: str, output: Path) -> tuple[str, Finding | None]:
    """A municipality code as typed, stripped and with its check digit added to five digits; and the
    finding lint would give it (DX405, with what to write instead) when it is not a valid code."""
    from dxcheck.model.municipality import code_is_valid, with_check_digit

    code = code.strip()
    if len(code) == 5 and code.isdigit():
        code = with_check_digit(code)
    if code_is_valid(code):
        return code, None
    return code, rules.MUNICIPALITY_CODE(code).at(str(output), suggestion=rules.code_suggestion(code))


@dataclass(frozen=True)
class Starter:
    """What `dxcheck init` writes: the plan at `output`, and the published plan schema beside it when
    the plan points at that file (no --schema URL), is a file (not `-o /dev/null`, nor a pipe, which
    would block) and the schema is not there already (or --force replaces a file)."""

    output: Path
    plan: str
    schema_file: Path
    schema: str
    write_schema: bool
    beside_a_file: bool
    schema_ref: str | None

    def stale_schema(self) -> bool:
        """Whether a schema left beside the plan is another dxcheck version's (to say how to update it)."""
        if self.write_schema or self.schema_ref is not None or not self.beside_a_file:
            return False
        return not _same_text(self.schema_file, self.schema)


def starter(
    catalogue: Catalogue,
    output: Path,
    *,
    name: str | None,
    code: str | None,
    prefecture: str | None,
    schema_ref: str | None,
    force: bool,
) -> Starter:
    """The starter plan for the newest editions, which it declares, and where its schema goes."""
    from dxcheck.files.resources import schema_path
    from dxcheck.model.municipality import prefecture_of

    newest = {
        i: f.edition
        for i in catalogue.ids
        if len(catalogue.editions(i)) > 1 and (f := catalogue.get(i)) is not None and f.kind == "framework"
    }
    text = starter_plan(
        catalogue.select(),  # a new plan is written for the newest editions, and declares them
        declare=newest,
        schema=schema_ref or SCHEMA_FILE,
        name=name,
        prefecture=prefecture or (prefecture_of(code) if code else None),
        code=code,
    )
    schema_file = output.parent / SCHEMA_FILE
    published = schema_path("plan").read_text(encoding="utf-8")
    beside_a_file = not os.path.exists(output) or os.path.isfile(output)
    write_schema = schema_ref is None and beside_a_file and (not os.path.lexists(schema_file) or (force and schema_file.is_file()))
    return Starter(output, text, schema_file, published, write_schema, beside_a_file, schema_ref)


def _same_text(path: Path, text: str) -> bool:
    """Whether `path` is a regular file holding `text` (a pipe is not opened: it would block)."""
    if not path.is_file():
        return False
    try:
        return path.read_text(encoding="utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False
