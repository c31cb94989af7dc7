"""``summitdoc.dask`` on a real cluster: two worker processes of one thread each.

Skipped when dask or distributed is not installed (``pip install '.[tests]'`` installs both).
One ``LocalCluster`` serves the whole module: starting one takes a second or two.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

pytest.importorskip("dask")
pytest.importorskip("distributed")

from distributed import Client, LocalCluster, get_task_stream

import summitdoc
import summitdoc.dask as sdask

if TYPE_CHECKING:
    from collections.abc import Iterator

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_01a1bb049021b88e.txt"
SNIPPET = """Leaders meet in Astana

President of Kazakhstan Kassym-Jomart Tokayev welcomed President of Uzbekistan Shavkat Mirziyoyev.

Shavkat Mirziyoyev said, “We have agreed on a joint programme.”
"""


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    """A client of a local cluster of two worker processes, each with one thread."""
    with (
        # Random ports: several test runs on one machine must not collide.
        LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """archive/: the seed twice, snippets in a subfolder, an empty report and a non-report."""
    root = tmp_path / "archive"
    (root / "more").mkdir(parents=True)
    shutil.copy(SEED, root / "a.txt")
    shutil.copy(SEED, root / "b.txt")
    for name in ("c.txt", "d.htm"):
        (root / "more" / name).write_text(SNIPPET, encoding="utf-8")
    (root / "notes.md").write_text("not a report", encoding="utf-8")
    return root


GOOD = ["a.txt", "b.txt", "more/c.txt", "more/d.htm"]


def _paths(archive: Path, names: list[str]) -> list[str]:
    return [str(archive / n) for n in names]


def test_read_reports_runs_on_the_cluster_workers(client: Client, archive: Path) -> None:
    """A directory gives a bag of summits, in walk order, parsed by the cluster's two workers."""
    assert len(client.scheduler_info()["workers"]) == 2
    bag = sdask.read_reports(archive, partition_size=1)
    assert bag.npartitions == 4
    summits = bag.compute()
    assert [s.source.path for s in summits] == _paths(archive, GOOD)
    assert summits[0] == summitdoc.parse(archive / "a.txt")
    # Two processes did the work: the task stream names where each partition ran.
    with get_task_stream(client) as stream:
        sdask.read_reports(archive, partition_size=1).compute()
    assert len({task["worker"] for task in stream.data}) == 2


@pytest.mark.usefixtures("client")
def test_read_reports_glob_and_list(archive: Path) -> None:
    """A glob pattern (** searches subfolders) and a list of paths give the same summits."""
    by_glob = sdask.read_reports(str(archive / "**" / "*.txt")).compute()
    assert [s.source.path for s in by_glob] == _paths(archive, ["a.txt", "b.txt", "more/c.txt"])
    by_list = sdask.read_reports(_paths(archive, ["more/c.txt", "a.txt"])).compute()
    assert [s.source.path for s in by_list] == _paths(archive, ["more/c.txt", "a.txt"])
    with pytest.raises(summitdoc.InputError, match="no reports found"):
        sdask.read_reports(str(archive / "*.pdf"))


@pytest.mark.usefixtures("client")
def test_errors_raise_skip_and_return(archive: Path) -> None:
    """A failed report fails the computation, is left out, or is a Failure in its place."""
    (archive / "empty.txt").write_bytes(b"")
    paths = _paths(archive, ["a.txt", "empty.txt", "more/c.txt"])
    with pytest.raises(summitdoc.InputError, match="the file is empty"):
        sdask.read_reports(paths).compute()
    skipped = sdask.read_reports(paths, errors="skip").compute()
    assert [s.source.path for s in skipped] == [paths[0], paths[2]]
    returned = sdask.read_reports(paths, errors="return").compute()
    assert isinstance(returned[0], summitdoc.Summit)
    assert returned[1] == summitdoc.Failure(
        path=paths[1], error="InputError", message=f"{paths[1]}: the file is empty"
    )
    with pytest.raises(ValueError, match="errors must be"):
        sdask.read_reports(paths, errors="ignore")  # type: ignore[arg-type]


@pytest.mark.usefixtures("client")
def test_to_jsonl_one_file_in_order(archive: Path, tmp_path: Path) -> None:
    """A .jsonl path gets one file, one summit a line in the bag's order, and no leftovers."""
    out = tmp_path / "out" / "summits.jsonl"
    count = sdask.to_jsonl(sdask.read_reports(archive, partition_size=1), out)
    assert count == 4
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [summitdoc.from_json(line).source.path for line in lines] == _paths(archive, GOOD)
    assert [p.name for p in out.parent.iterdir()] == ["summits.jsonl"]


@pytest.mark.usefixtures("client")
def test_to_jsonl_directory_of_parts(archive: Path, tmp_path: Path) -> None:
    """Another path gets part-NNNNN.jsonl per partition; parts of an earlier, larger bag go."""
    out = tmp_path / "parts"
    assert sdask.to_jsonl(sdask.read_reports(archive, partition_size=1), out) == 4
    assert sorted(p.name for p in out.iterdir()) == [f"part-0000{i}.jsonl" for i in range(4)]
    assert sdask.to_jsonl(sdask.read_reports(archive, partition_size=3), out) == 4
    assert sorted(p.name for p in out.iterdir()) == ["part-00000.jsonl", "part-00001.jsonl"]
    lines = [
        line
        for part in sorted(out.iterdir())
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    assert [summitdoc.from_json(line).source.path for line in lines] == _paths(archive, GOOD)


@pytest.mark.usefixtures("client")
def test_to_jsonl_refuses_failures(archive: Path, tmp_path: Path) -> None:
    """A bag holding Failure records is not written: the error says how to leave them out."""
    (archive / "empty.txt").write_bytes(b"")
    bag = sdask.read_reports(archive, errors="return")
    with pytest.raises(summitdoc.SerializationError, match="errors='skip'"):
        sdask.to_jsonl(bag, tmp_path / "summits.jsonl")
    assert list(tmp_path.glob("*summits.jsonl*")) == []
