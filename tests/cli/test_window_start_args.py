"""The window's start reads its two options without building every command's parser (issue
21: ~5 ms of each start), into the same arguments the full parser gives; anything else, errors
and help included, is the full parser's."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientjournal.cli import main as cli


def full(argv: list[str]) -> dict:
    args = cli.build_parser().parse_args(argv)
    if not hasattr(args, "data_dir"):
        args.data_dir = cli.default_data_dir()
    args.data_dir = args.data_dir.expanduser().absolute()
    return vars(args)


def test_a_window_start_is_read_without_the_commands_parsers(monkeypatch, tmp_path: Path):
    folder = str(tmp_path / "journal")
    for argv in (
        [],
        ["--smoke-test"],
        ["--data-dir", folder],
        [f"--data-dir={folder}", "--smoke-test"],
        ["--smoke-test", "--data-dir", "other", "--smoke-test", f"--data-dir={folder}"],
        ["--data-dir", "a=b"],
        ["--data-dir=a=b"],
    ):
        expected = full(argv)
        with monkeypatch.context() as patched:
            patched.setattr(cli, "build_parser", lambda: pytest.fail("the full parser was built"))
            # no parser at all: building one looks argparse's translations up (gettext,
            # locale: ~5 ms of a start that a bare window does not pay)
            patched.setattr(
                cli.argparse, "ArgumentParser", lambda *a, **k: pytest.fail("a parser was built")
            )
            assert vars(cli.parse(argv)) == expected


@pytest.mark.parametrize(
    "argv",
    [
        ["--smoke"],
        ["--data", "x"],
        ["demo"],
        ["--data-dir", "x", "check"],
        ["--smoke-test", "check"],
        ["--data-dir=-x"],
        ["--data-dir", "-1"],
        ["--data-dir", "x", "--data-dir=-"],
    ],
)
def test_anything_else_is_the_full_parsers(argv: list[str]):
    assert vars(cli.parse(argv)) == full(argv)


@pytest.mark.parametrize(
    "argv",
    [
        ["--data-dir"],
        ["--nonsense"],
        ["--help"],
        ["--version"],
        ["--data-dir", ""],
        ["--data-dir= "],
        ["--smoke-test=1"],
        ["--smoke-test", "--data-dir"],
        ["--data-dir", "-x"],
        ["--smoke-test", "--"],
    ],
)
def test_errors_help_and_version_come_from_the_full_parser(argv: list[str], capsys):
    with pytest.raises(SystemExit) as parsed:
        cli.parse(argv)
    said = capsys.readouterr()
    with pytest.raises(SystemExit) as expected:
        cli.build_parser().parse_args(argv)
    assert parsed.value.code == expected.value.code
    assert capsys.readouterr() == said
