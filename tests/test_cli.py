"""The `ceinbox` command through its real entry points."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from fpdf import FPDF

from pipeline.cli import main

CONTRACT_KEYS = {
    "file",
    "sha256",
    "issuer",
    "course_name",
    "start_date",
    "end_date",
    "validation_code",
    "learner_name",
    "needs_review",
    "problems",
    "fields",
}
FIELD_KEYS = {"value", "confidence", "page", "bbox", "source"}


def simple_certificate(path: Path, *, code: str = "CLP-2023-7781X") -> Path:
    pdf = FPDF(orientation="L", format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 28)
    pdf.set_xy(0, 30)
    pdf.cell(297, 14, "Certificate of Completion", align="C")
    pdf.set_font("Helvetica", "", 14)
    pdf.set_xy(0, 55)
    pdf.cell(297, 8, "This is to certify that", align="C")
    pdf.set_font("Helvetica", "B", 22)
    pdf.set_xy(0, 68)
    pdf.cell(297, 12, "Jane Q. Doe", align="C")
    pdf.set_font("Helvetica", "", 14)
    pdf.set_xy(0, 85)
    pdf.cell(297, 8, "has successfully completed", align="C")
    pdf.set_font("Helvetica", "B", 20)
    pdf.set_xy(0, 97)
    pdf.cell(297, 10, "Implementing Cisco Enterprise Network Core Technologies", align="C")
    pdf.set_font("Helvetica", "", 12)
    pdf.text(30, 150, "Course dates: 12-16 June 2023")
    pdf.text(180, 150, f"Certificate ID: {code}")
    pdf.text(30, 170, "Delivered by a Cisco Learning Partner")
    pdf.output(str(path))
    return path


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_every_command_has_help_with_an_example() -> None:
    assert isinstance(main, click.Group)
    for name, command in main.commands.items():
        assert command.help, f"{name} has no help"
        assert "Example" in command.help, f"{name}'s help has no example"


def test_extract_json_for_one_file_is_an_object_with_the_contract(tmp_path: Path) -> None:
    pdf = simple_certificate(tmp_path / "cert.pdf")
    done = run_cli("extract", str(pdf), "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) >= CONTRACT_KEYS
    assert set(data["fields"]) == {
        "course_name",
        "start_date",
        "end_date",
        "validation_code",
        "learner_name",
        "issuer",
    }
    for field in data["fields"].values():
        assert set(field) >= FIELD_KEYS
        assert 0.0 <= field["confidence"] <= 1.0
    assert data["validation_code"] == "CLP-2023-7781X"
    assert data["start_date"] == "2023-06-12" and data["end_date"] == "2023-06-16"
    assert data["issuer"] == "Cisco Learning Partner"
    assert data["needs_review"] is False
    assert len(data["sha256"]) == 64
    box = data["fields"]["validation_code"]["bbox"]
    assert len(box) == 4 and box[0] < box[2] and box[1] < box[3]


def test_extract_json_for_several_files_is_an_array(tmp_path: Path) -> None:
    first = simple_certificate(tmp_path / "a.pdf", code="AAA-11111")
    second = simple_certificate(tmp_path / "b.pdf", code="BBB-22222")
    done = run_cli("extract", str(first), str(second), "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert [d["validation_code"] for d in data] == ["AAA-11111", "BBB-22222"]


def test_extract_summary_is_readable(tmp_path: Path) -> None:
    pdf = simple_certificate(tmp_path / "cert.pdf")
    result = CliRunner().invoke(main, ["extract", str(pdf)])
    assert result.exit_code == 0
    assert "CLP-2023-7781X" in result.output and "validation code" in result.output


def test_a_refused_file_among_good_ones_exits_2_with_one_line(tmp_path: Path) -> None:
    good = simple_certificate(tmp_path / "good.pdf")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"")
    done = run_cli("extract", str(good), str(bad), "--json", cwd=tmp_path)
    assert done.returncode == 2
    assert len(json.loads(done.stdout)) == 1
    assert done.stderr.strip().count("\n") == 0
    assert "empty file" in done.stderr


def test_missing_file_is_refused(tmp_path: Path) -> None:
    done = run_cli("extract", str(tmp_path / "nope.pdf"), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == f"ceinbox: {tmp_path / 'nope.pdf'}: no such file"


def test_file_names_with_shell_metacharacters_work(tmp_path: Path) -> None:
    name = 'it\'s "my" cert ü $(touch pwned) & ; `id`.pdf'
    pdf = simple_certificate(tmp_path / name)
    done = run_cli("extract", str(pdf), "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["file"] == str(pdf)
    assert not (tmp_path / "pwned").exists()


def test_bad_config_is_one_line_exit_2(tmp_path: Path) -> None:
    pdf = simple_certificate(tmp_path / "cert.pdf")
    config = tmp_path / "config.yaml"
    config.write_text("inbx: oops\n")
    done = run_cli("--config", str(config), "extract", str(pdf), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip() == f"ceinbox: {config}: unknown key 'inbx'"


def test_owner_name_from_config_flags_someone_elses_certificate(tmp_path: Path) -> None:
    pdf = simple_certificate(tmp_path / "cert.pdf")
    config = tmp_path / "config.yaml"
    config.write_text("owner_name: Someone Else\n")
    done = run_cli("--config", str(config), "extract", str(pdf), "--json", cwd=tmp_path)
    data = json.loads(done.stdout)
    assert data["needs_review"] is True
    assert any("not to the owner" in p for p in data["problems"])


def test_profiles_lists_builtins_and_user_profiles(tmp_path: Path) -> None:
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "acme.yaml").write_text(
        "name: acme\nissuer: ACME\nkeywords: {ACME: 3}\n"
    )
    (tmp_path / "config.yaml").write_text("profiles: profiles\n")
    done = run_cli("profiles", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "cisco-u" in done.stdout and "acme" in done.stdout and "user" in done.stdout


@pytest.mark.parametrize("module", [["-m", "pipeline", "--version"]])
def test_python_dash_m_runs_the_same_command(module: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, *module], capture_output=True, text=True, check=False, timeout=60
    )
    assert done.returncode == 0 and "ceinbox" in done.stdout
