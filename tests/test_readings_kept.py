"""The readings inference keeps on disk between runs (dxcheck.reading.infer, `Reader.kept_for`).

An entry for each plan, named by the plan's text: what the next audit of the same plan may rely on is
that a text read once is not read again (its readings come from the disk, the same ones); that what
the disk holds is made into readings only for the texts asked for; that a stored text whose readings
have not their shape is read again; that an entry holds the texts of its plan and no other's (one
entry for every plan grew to 22 MB after a comparison of a country, and every audit then read it and
wrote it again), and is written only when enough was read afresh; that an audit and a comparison
read from the entries what they would have read from the text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fault_helpers import dx
from test_user_frameworks import PREFECTURE

from conftest import ROOT
from dxcheck.catalogue.framework import shipped_catalogue
from dxcheck.files import cache as disk
from dxcheck.reading import infer
from dxcheck.reading.japanese import lexicon

TEXTS = [
    "マイナンバーカードの交付申請を支援し、普及を促進します。",
    "行政手続のオンライン化を進めます。",
    "テレワークの導入を検討します。",
    "オープンデータを公開します。",
]
PLAN = "the text of a plan: its entry is named by it\n"
OTHER = "the text of another plan\n"


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("DXCHECK_NO_CACHE", raising=False)
    return tmp_path / "cache"


def _reader() -> infer.Reader:
    return infer.Reader(shipped_catalogue().select(), lexicon())


def _where(reader: infer.Reader, plan: str) -> Path:
    where = disk.path("readings", reader._made_of_digest, plan)
    assert where is not None
    return where


def _audited(reader: infer.Reader, plan: str, texts: list[str], worth: int = 1) -> list[list[infer.Match]]:
    """What an audit of `plan` does with the reader (a comparison's: `worth`): its texts read within the plan's entry."""
    with reader.kept_for(plan, worth=worth):
        return [reader.read_text(text) for text in texts]


def _never_read(self: infer.Reader, text: str, field_name: str) -> list[infer.Match]:
    raise AssertionError(f"read again: {text}")


def test_a_text_read_once_comes_from_the_disk_the_next_time(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readings = _audited(_reader(), PLAN, TEXTS)
    assert any(readings), "the texts name items: something is read"
    monkeypatch.setattr(infer.Reader, "_read_text", _never_read)
    assert _audited(_reader(), PLAN, TEXTS) == readings


def test_only_the_texts_asked_for_are_made_into_readings(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _audited(_reader(), PLAN, TEXTS)
    made: list[Any] = []
    real = infer._match

    def counted(fields: list[Any]) -> infer.Match:
        made.append(fields)
        return real(fields)

    monkeypatch.setattr(infer, "_match", counted)
    again = _reader()
    with again.kept_for(PLAN):
        assert made == []  # nothing made when the entry is read
        wanted = again.read_text(TEXTS[0])
    assert len(made) == len(wanted) > 0  # the one text's readings, no other's


def test_a_stored_text_whose_readings_have_not_their_shape_is_read_again(cache_home: Path) -> None:
    first = _reader()
    expected = _audited(first, PLAN, TEXTS)
    entry = disk.load(_where(first, PLAN))
    spoilt = next(row for row in entry["read"] if row[1] == TEXTS[1] and row[2])
    spoilt[2][0][4] = ["no such kind", 1]  # a reading's kind it cannot have
    disk.store(_where(first, PLAN), entry)
    again = _reader()
    assert _audited(again, PLAN, TEXTS) == expected
    assert again._new == 1  # that one text read again, the others from the disk
    mended = disk.load(_where(again, PLAN))
    assert next(row for row in mended["read"] if row[1] == TEXTS[1])[2][0][4][0] != "no such kind"  # and the entry made right


def test_an_entry_holds_its_plan_s_texts_and_no_other_s(cache_home: Path) -> None:
    reader = _reader()
    _audited(reader, PLAN, TEXTS[:2])
    _audited(reader, OTHER, TEXTS[2:])  # the same process: the other plan's entry is its own
    assert [row[1] for row in disk.load(_where(reader, PLAN))["read"]] == TEXTS[:2]
    assert [row[1] for row in disk.load(_where(reader, OTHER))["read"]] == TEXTS[2:]
    assert len(list((cache_home / "dxcheck").glob("readings-*.json"))) == 2


def test_an_entry_is_written_only_when_a_text_was_read_afresh(cache_home: Path) -> None:
    reader = _reader()
    _audited(reader, PLAN, TEXTS)
    where = _where(reader, PLAN)
    written = where.stat().st_ino
    _audited(_reader(), PLAN, TEXTS)  # every text from the entry
    assert where.stat().st_ino == written
    # A plan whose texts this process has read already (another plan held them): nothing read, nothing written.
    _audited(reader, OTHER, TEXTS)
    assert not _where(reader, OTHER).exists()
    # Edited: a new text read, so an entry for the new text of the plan, with every text it asked for.
    fresh = _reader()
    _audited(fresh, PLAN + "edited\n", [*TEXTS, "電子申請の手続を拡充します。"])
    assert len(disk.load(_where(fresh, PLAN + "edited\n"))["read"]) == len(TEXTS) + 1


def test_no_entry_is_kept_when_the_audit_fails(cache_home: Path) -> None:
    reader = _reader()

    def failing_audit() -> None:
        with reader.kept_for(PLAN):
            reader.read_text(TEXTS[0])
            raise RuntimeError("the audit failed")

    with pytest.raises(RuntimeError):
        failing_audit()
    assert not _where(reader, PLAN).exists()
    assert reader._asked is None  # and the reader is left as between plans
    assert reader._stored == {}
    assert _audited(reader, PLAN, TEXTS[:1]) == _audited(_reader(), OTHER, TEXTS[:1])


def test_in_a_comparison_an_entry_is_kept_when_enough_was_read_afresh(cache_home: Path) -> None:
    worth = infer.WORTH_AN_ENTRY_IN_A_COMPARISON
    assert worth == 8
    names = ("上里町", "恵庭市", "富良野市", "芦別市", "本庄市", "神川町", "美里町", "寄居町")
    towns = [f"{town}では、テレワークの導入を検討します。" for town in names]
    reader = _reader()
    _audited(reader, PLAN, towns[:7], worth)
    assert not _where(reader, PLAN).exists()  # seven texts: cheaper to read again than to keep in a file
    _audited(reader, OTHER, towns, worth)
    assert not _where(reader, OTHER).exists()  # one read afresh, seven read before in this process
    _audited(_reader(), OTHER, towns, worth)
    assert [row[1] for row in disk.load(_where(reader, OTHER))["read"]] == towns  # eight read afresh: kept
    _audited(_reader(), PLAN, towns[:1])  # an audit keeps even one
    assert [row[1] for row in disk.load(_where(reader, PLAN))["read"]] == towns[:1]


def _entries(home: Path) -> list[Path]:
    return sorted((home / "dxcheck").glob("readings-*.json"))


def test_an_audit_reads_its_own_entry_whatever_was_compared_before(tmp_path: Path) -> None:
    # Separate processes, as a user runs them: an audit, comparisons, the audit again.
    plans = [str(ROOT / "plans" / f"{name}.yaml") for name in ("eniwa", "furano", "ashibetsu", "kamisato")]
    home = tmp_path / "cache"
    env = {"XDG_CACHE_HOME": str(home)}
    fresh = dx("audit", plans[3], "--format", "json", env={"XDG_CACHE_HOME": str(tmp_path / "fresh")})
    assert dx("audit", plans[3], "--format", "json", env=env).stdout == fresh.stdout
    (entry,) = _entries(home)
    size, written = entry.stat().st_size, entry.stat().st_ino
    # Thirty towns with eniwa's text (each its own file, so its own entry's name) and the four: past
    # PARALLEL_FROM plans, compared in worker processes.
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(30):
        text = (ROOT / "plans" / "eniwa.yaml").read_text(encoding="utf-8") + f"# {number}\n"
        (folder / f"town-{number:02}.yaml").write_text(text, encoding="utf-8")
    compared = [dx("compare", *plans, str(folder), "--jobs", "2", "--format", "json", env=env) for _ in range(2)]
    assert compared[0].returncode == 0
    assert compared[1].stdout == compared[0].stdout  # the second from the entries the first kept
    cold = dx("compare", *plans, str(folder), "--jobs", "2", "--format", "json", env={"XDG_CACHE_HOME": str(tmp_path / "cold")})
    assert cold.stdout == compared[0].stdout
    kept = _entries(home)
    assert entry in kept
    assert len(kept) <= 4 + 2  # the copies of a text already read in their worker keep none (at most one a worker)
    again = dx("audit", plans[3], "--format", "json", env=env)  # its texts from its entry, as they were
    assert again.stdout == fresh.stdout
    assert (entry.stat().st_size, entry.stat().st_ino) == (size, written)


def _draft(path: Path) -> Path:
    """A draft of one measure, its sentence its own."""
    path.write_text(
        "version: 1\nmunicipality:\n  name: 試験町\n  prefecture: 埼玉県\nplan:\n  title: 試験町DX推進計画\n  stage: draft\n"
        "  period: {start: 2026, end: 2030}\npolicies:\n  - id: P1\n    title: 行政のデジタル化\n    measures:\n"
        "      - id: M1\n        title: テレワークの推進\n        description: 試験町の職員のテレワークを導入します。\n",
        encoding="utf-8",
    )
    return path


def test_a_small_plan_s_audit_keeps_its_readings_too(tmp_path: Path) -> None:
    # Read again, a draft would load SudachiPy's dictionary at every audit. In a comparison, where the
    # dictionary is loaded anyway, it is read again rather than kept in a file.
    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    plan = _draft(tmp_path / "draft.yaml")
    town = ROOT / "plans" / "kamisato.yaml"
    assert dx("compare", str(plan), str(town), "--format", "json", env=env).returncode == 0
    (kamisato,) = _entries(tmp_path / "cache")  # the draft's none
    first = dx("audit", str(plan), "--format", "json", env=env)
    (entry,) = set(_entries(tmp_path / "cache")) - {kamisato}
    written = entry.stat().st_ino
    assert dx("audit", str(plan), "--format", "json", env=env).stdout == first.stdout
    assert entry.stat().st_ino == written  # read from its entry: nothing read afresh, nothing written


def test_a_long_comparison_from_its_entries_keeps_its_memory_flat(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A worker reads thousands of plans' entries: what it keeps in memory of them is bounded as what it reads is.
    monkeypatch.setattr(infer, "_KEPT", 2)
    plans = [(f"plan {n}\n", f"{n}番目の町では、オープンデータを公開します。") for n in range(10)]
    first = _reader()
    for plan, text in plans:
        _audited(first, plan, [text])
        disk.store(_where(first, plan), {**disk.load(_where(first, plan)), "refused": [[text, "commits"]]})
    warm = _reader()
    for plan, text in plans:
        assert _audited(warm, plan, [text]) == _audited(first, plan, [text])
        assert len(warm._read) <= 2 * 2
        assert len(warm._refused) <= 2 * 2
    assert warm._new == 0  # every text from its plan's entry


def test_an_item_renamed_in_a_user_s_framework_is_not_read_from_the_old_entry(tmp_path: Path) -> None:
    # The readings name their item: an item of a user's framework given another id, its words the same,
    # is read under its new id — a warm cache gives what a cold one gives.
    (tmp_path / "fw").mkdir()
    framework = tmp_path / "fw" / "pref-test@2026.yaml"
    framework.write_text(PREFECTURE, encoding="utf-8")
    measures = "".join(
        f"      - id: M{n}\n        title: 業務改善{n}\n        description: 第{n}課の職員の在宅勤務を広げる。\n" for n in range(1, 11)
    )
    plan = tmp_path / "town.yaml"
    plan.write_text(
        "version: 1\nmunicipality:\n  name: 試験町\n  prefecture: 試験県\nplan:\n  title: 試験町DX推進計画\n  stage: adopted\n"
        '  adopted: "2026-06"\n  period: {start: 2026, end: 2030}\npolicies:\n  - id: P1\n    title: 行政のデジタル化\n'
        f"    measures:\n{measures}",
        encoding="utf-8",
    )

    def statuses(env: dict[str, str]) -> dict[str, str]:
        run = dx("audit", str(plan), "--frameworks-dir", str(tmp_path / "fw"), "--format", "json", env=env)
        document = json.loads(run.stdout)
        return {i["id"]: i["status"] for f in document["frameworks"] if f["id"] == "pref-test" for i in f["items"]}

    env = {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    assert statuses(env)["pref-test/telework"] == "covered"
    assert _entries(tmp_path / "cache")  # the plan's readings kept
    framework.write_text(PREFECTURE.replace("  - id: telework", "  - id: remote"), encoding="utf-8")
    cold = statuses({"DXCHECK_NO_CACHE": "1"})
    assert cold["pref-test/remote"] == "covered"
    assert "pref-test/telework" not in cold
    assert statuses(env) == cold
