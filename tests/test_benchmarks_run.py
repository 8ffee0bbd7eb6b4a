"""`benchmarks.run --only`: the sections run again replace theirs in place; nothing else moves."""

from __future__ import annotations

from benchmarks.run import MARKER, RERUN, splice

OLD = ("# Benchmarks\n\nWritten by `make bench` on 2026-11-01, commit `aaa`.\n\n"
       + MARKER.format("first") + "\n## First\n\nold one\n\n"
       + MARKER.format("second") + "\n## Second\n\nold two\n\n"
       + MARKER.format("third") + "\n## Third\n\nold three\n")


def test_only_the_sections_run_again_change_and_the_header_says_when() -> None:
    new = splice(OLD, {"second": "## Second, renamed\n\nnew two\n"}, "on 2026-11-02 at `bbb`")
    assert "old two" not in new and "## Second, renamed\n\nnew two" in new
    assert new.index("## First") < new.index("## Second, renamed") < new.index("## Third")
    assert "old one" in new and "old three" in new
    assert "Written by `make bench` on 2026-11-01, commit `aaa`." in new
    assert f"{RERUN} `second` on 2026-11-02 at `bbb`." in new
    # run again later: its own entry is updated, another one is added
    newer = splice(new, {"second": "## Second\n\nnewer\n", "third": "## Third\n\nnew three\n"},
                   "on 2026-11-03 at `ccc`")
    assert newer.count(RERUN) == 1
    assert (f"{RERUN} `second` on 2026-11-03 at `ccc`; `third` on 2026-11-03 at `ccc`."
            in newer)
    assert newer.count(MARKER.format("second")) == 1 and "newer" in newer
    # a stamp that names the machine (with dots and brackets) survives being read back
    machine = "on 2026-11-05 at `eee` (2 cores (Intel(R) Xeon(R) Processor), Python 3.11.7)"
    again = splice(newer, {"first": "## First\n\nagain\n"}, machine)
    assert (f"{RERUN} `second` on 2026-11-03 at `ccc`; `third` on 2026-11-03 at `ccc`; "
            f"`first` {machine}." in again)
    assert splice(newer, {}, "on 2026-11-04 at `ddd`").count("## ") == 3


def test_a_module_the_file_lacks_is_added_at_the_end() -> None:
    new = splice(OLD, {"fourth": "## Fourth\n\nfour\n"}, "on 2026-11-02 at `bbb`")
    assert new.rstrip().endswith("## Fourth\n\nfour")
    assert new.count("<!-- benchmarks.") == 4
