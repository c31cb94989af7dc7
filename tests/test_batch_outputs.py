"""Batch outputs that cannot be corrupted (issue 9, point 6).

One writer per output (a lock beside it), ``--resume`` trusting only lines it can match to its
inputs by path and content hash, no traceback on a file-system error, and the hidden temporary
files of killed runs removed by the next run.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import summitdoc
from summitdoc import cli
from summitdoc.cli import main

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_01a1bb049021b88e.txt"


# A process that holds the lock of an output, as a running batch does, until its stdin closes.
HOLDER = """
import fcntl, os, sys
fd = os.open({lock!r}, os.O_RDWR | os.O_CREAT)
fcntl.flock(fd, fcntl.LOCK_EX)
os.write(fd, f"{{os.getpid()}}\\n".encode())
print("locked", flush=True)
sys.stdin.read()
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """Three copies of the seed, each with its own last line (so each has its own hash)."""
    folder = tmp_path / "archive"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(3):
        (folder / f"r{i}.txt").write_text(f"{text}\nReport number {i} of the set.\n", "utf-8")
    return folder


def _lines(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_bytes().splitlines()]


def _paths(path: Path) -> list[str]:
    return [str(Path(str(d["source"]["path"])).name) for d in _lines(path)]  # type: ignore[index]


# -- one writer per output -----------------------------------------------------------------------


def test_a_second_batch_on_a_locked_output_exits_2_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, archive: Path
) -> None:
    out = tmp_path / "s.jsonl"
    lock = tmp_path / "s.jsonl.lock"
    # Another live process holds the lock (this test's child, as a batch would).
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER.format(lock=str(lock))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == "locked\n"
        code, _, err = run(capsys, "batch", archive, "-o", out, "--jobs", "1")
        assert code == 2
        assert err == (
            f"summitdoc: {out}: another summitdoc batch (pid {holder.pid}) is writing it; wait "
            f"for it to end, or remove {lock} if no such process runs\n"
        )
        assert not out.exists()
        assert not (tmp_path / "s.jsonl.partial").exists()
        assert lock.exists()  # not the second batch's to remove
    finally:
        holder.communicate("")
    # Once the holder is gone, the output is free.
    assert run(capsys, "batch", archive, "-o", out, "--jobs", "1", "--quiet")[0] == 0
    assert not lock.exists()


def test_a_stale_lock_of_a_dead_process_is_taken_over(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, archive: Path
) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                          capture_output=True, text=True)  # fmt: skip
    (tmp_path / "s.jsonl.lock").write_text(dead.stdout, encoding="ascii")
    code, _, _ = run(capsys, "batch", archive, "-o", tmp_path / "s.jsonl", "--jobs", "1")
    assert code == 0
    assert len(_lines(tmp_path / "s.jsonl")) == 3
    assert not (tmp_path / "s.jsonl.lock").exists()


def test_the_lock_is_held_while_the_batch_runs(tmp_path: Path, archive: Path) -> None:
    """While a batch runs, its lock file holds its pid and cannot be taken."""
    lock = cli._Lock(tmp_path / "s.jsonl.lock")
    try:
        assert (tmp_path / "s.jsonl.lock").read_text(encoding="ascii") == f"{os.getpid()}\n"
        fd = os.open(tmp_path / "s.jsonl.lock", os.O_RDWR)
        with pytest.raises(BlockingIOError):
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.close(fd)
        with pytest.raises(cli._LockedError, match=str(os.getpid())):
            cli._Lock(tmp_path / "s.jsonl.lock")
    finally:
        lock.release()
    assert not (tmp_path / "s.jsonl.lock").exists()
    del archive


def test_two_concurrent_batches_never_leave_an_invalid_line(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(30):
        shutil.copy(SEED, folder / f"r{i:02d}.txt")
    out = tmp_path / "s.jsonl"
    command = [sys.executable, "-m", "summitdoc", "batch", str(folder), "-o", str(out)]
    runs = [
        subprocess.Popen([*command, "--jobs", "2"], stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = [(p.wait(timeout=300), p.communicate()[1]) for p in runs]
    codes = sorted(code for code, _ in results)
    assert codes in ([0, 0], [0, 2]), results
    for code, err in results:
        if code == 2:
            assert "another summitdoc batch" in err
    lines = out.read_bytes().splitlines()
    assert len(lines) == 30
    for line in lines:
        summitdoc.from_json(line)


# -- --resume ------------------------------------------------------------------------------------


def test_resume_with_the_directory_spelled_differently_does_not_duplicate(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    archive: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "s.jsonl"
    assert run(capsys, "batch", "archive", "-o", out, "--jobs", "1")[0] == 0
    (archive / "r3.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = run(capsys, "batch", f"./{archive.name}/../{archive.name}/", "-o", out,
                       "--jobs", "1", "--resume")  # fmt: skip
    assert code == 0
    assert "parsed 1 of 1 reports, 0 failed, 3 already done" in err
    assert _paths(out) == ["r0.txt", "r1.txt", "r2.txt", "r3.txt"]
    code, _, err = run(capsys, "batch", archive, "-o", out, "--jobs", "1", "--resume")
    assert "parsed 0 of 0 reports, 0 failed, 4 already done" in err
    assert len(_lines(out)) == 4


def test_resume_trusts_only_lines_it_can_match_by_path_and_content(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, archive: Path
) -> None:
    out = tmp_path / "s.jsonl"
    partial = tmp_path / "s.jsonl.partial"
    assert run(capsys, "batch", archive, "-o", out, "--jobs", "1")[0] == 0
    lines = out.read_bytes().splitlines(keepends=True)
    out.unlink()
    # A foreign summit (a path no input has), a broken line, a deeply nested line, a line whose
    # text does not match its hash, then r1's line twice, and r0 changed since it was written.
    foreign = json.loads(lines[2])
    foreign["source"]["path"] = str(tmp_path / "elsewhere.txt")
    tampered = json.loads(lines[2])
    tampered["source"]["text"] += " "
    partial.write_bytes(
        lines[0]
        + json.dumps(foreign).encode()
        + b"\n"
        + b'{"not": "a summit"\n'
        + b"[" * 100_000
        + b"\n"
        + json.dumps(tampered).encode()
        + b"\n"
        + lines[1]
        + lines[1]
        + b'{"torn'
    )
    (archive / "r0.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = run(capsys, "batch", archive, "-o", out, "--jobs", "1", "--resume")
    assert code == 0, err
    # r1 is done; r0 (changed) and r2 (its only line tampered with) are parsed again.
    assert "parsed 2 of 2 reports, 0 failed, 1 already done" in err
    assert "Traceback" not in err
    assert _paths(out) == ["r0.txt", "r1.txt", "r2.txt"]
    for line in out.read_bytes().splitlines():
        summitdoc.from_json(line)
    assert not partial.exists()


def test_resume_of_a_killed_resume_keeps_both_runs_work(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, archive: Path
) -> None:
    """A resumed run appends to OUT.partial: killed, it leaves its lines for the next one."""
    out = tmp_path / "s.jsonl"
    partial = tmp_path / "s.jsonl.partial"
    assert run(capsys, "batch", archive / "r0.txt", "-o", out, "--jobs", "1")[0] == 0
    assert run(capsys, "batch", archive, "-o", out, "--jobs", "1", "--resume")[0] == 0
    # As if the second run had been killed before its end: OUT.partial holds r1 and r2.
    full = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(full[0])
    partial.write_bytes(full[1] + full[2])
    code, _, err = run(capsys, "batch", archive, "-o", out, "--jobs", "1", "--resume")
    assert code == 0
    assert "parsed 0 of 0 reports, 0 failed, 3 already done" in err
    assert _paths(out) == ["r0.txt", "r1.txt", "r2.txt"]


# -- file-system errors and leftovers ------------------------------------------------------------


def test_a_full_disk_under_the_errors_file_is_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    archive: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (archive / "empty.txt").write_bytes(b"")

    def full(self: cli._Errors, failure: object) -> None:
        del failure
        self.file.write(b"x" * 100_000)  # buffered: the close fails too
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self.tmp))

    monkeypatch.setattr(cli._Errors, "add", full)
    code, _, err = run(capsys, "batch", archive, "-o", tmp_path / "s.jsonl", "--jobs", "1")
    assert code == 1
    assert err.count("\n") == 1
    assert "No space left on device" in err
    assert "Traceback" not in err
    assert not list(tmp_path.glob(".*.tmp"))


def test_leftover_temporary_files_of_killed_runs_are_removed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, archive: Path
) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], check=True,
                          capture_output=True, text=True).stdout.strip()  # fmt: skip
    leftovers = [
        tmp_path / f".s.jsonl.{dead}.tmp",
        tmp_path / f".s.jsonl.errors.jsonl.{dead}.tmp",
    ]
    for path in leftovers:
        path.write_text("half", encoding="utf-8")
    assert run(capsys, "batch", archive, "-o", tmp_path / "s.jsonl", "--jobs", "1")[0] == 0
    assert not any(p.exists() for p in leftovers)
    # A directory layout: hidden .tmp files anywhere under it.
    hidden = tmp_path / "out" / "sub" / ".r0.txt.json.abcd1234.tmp"
    hidden.parent.mkdir(parents=True)
    hidden.write_text("half", encoding="utf-8")
    code, _, _ = run(capsys, "batch", archive, "-o", tmp_path / "out", "--to", "json-dir",
                     "--jobs", "1")  # fmt: skip
    assert code == 0
    assert not hidden.exists()
    assert (tmp_path / "out" / "r0.txt.json").is_file()
