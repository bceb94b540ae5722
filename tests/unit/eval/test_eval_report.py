"""The report of real evaluation runs: JSON numbers equal the metrics over the rows, Markdown has every table, and the
HTML page works in a real headless browser (Debian's chromium): no script errors, every plot decoded, a screenshot."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from llmopt.cli.main import main
from llmopt.eval import metrics as m
from llmopt.eval.harness import EvalConfig, read_rows, run_eval
from llmopt.eval.report import build_report, render_html
from llmopt.eval.suite import build_suite
from llmopt.metrics import MeasurerSpec
from llmopt.toolchain import Flavour, run_process


@pytest.fixture(scope="module")
def runs(toolchain, data_dir, tiny_suite_dir, tmp_path_factory) -> list[Path]:
    suite = build_suite(f"dir:{tiny_suite_dir}", toolchain, Flavour.SIZE, data_dir)
    spec = MeasurerSpec.for_toolchain(toolchain, data_dir)
    root = tmp_path_factory.mktemp("eval-runs")
    out = []
    for strategy in ("Oz", "O0", "clang-Oz", "random"):
        run_eval(suite, EvalConfig(strategy=strategy, budget=3, gate=False, executor="serial"), root / strategy, spec)
        out.append(root / strategy)
    return out


def test_report_numbers_are_the_metrics_of_the_rows(runs) -> None:
    data = build_report(runs)
    by_label = {s["strategy"]: s for s in data["summary"]}
    assert by_label["Oz"]["vs_oz_pct"] == pytest.approx(0.0) and by_label["Oz"]["equal"] == 6
    rows = read_rows(runs[1] / "rows.jsonl")
    assert by_label["O0"]["vs_oz_pct"] == pytest.approx(m.size_change_pct([(r["size"], r["oz_size"]) for r in rows]))
    assert by_label["O0"]["vs_oz_pct"] > 0 and by_label["O0"]["regressed"] >= 1
    assert by_label["clang-Oz"]["programs"] == 2 and by_label["clang-Oz"]["not_applicable"] == 4
    assert by_label["random"]["compilations"] <= 3
    assert {p["package"] for p in data["packages"]} == {"alpha", "beta"}
    assert {k["kind"] for k in data["by_kind"]} == {"function", "tu"}
    assert all("not checked: no model" in s["contamination"] for s in data["summary"])


def test_report_cli_writes_html_markdown_and_json(runs, tmp_path, capsys) -> None:
    html_path, md_path = tmp_path / "report.html", tmp_path / "report.md"
    code = main(["eval", "report", *map(str, runs), "-o", str(html_path), "--markdown", str(md_path), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and len(data["summary"]) == 4
    text = md_path.read_text()
    assert "## Summary" in text and "## By package" in text and "| random @3 |" in text
    page = html_path.read_text()
    assert "http://" not in page and "https://" not in page  # nothing to fetch: self-contained


def test_report_page_in_a_headless_browser(runs, tmp_path) -> None:
    chromium = shutil.which("chromium")
    assert chromium, "Debian's chromium is part of scripts/setup.sh (apt-get install chromium)"
    page = tmp_path / "report.html"
    page.write_text(render_html(build_report(runs)))
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--user-data-dir={tmp_path}/p"]
    dom = run_process([chromium, *flags, "--dump-dom", page.as_uri()], timeout_s=120)
    assert dom.returncode == 0, dom.describe()
    body = re.search(r"<body([^>]*)>", dom.stdout_text)
    assert body, dom.stdout_text[:500]
    attrs = dict(re.findall(r'([\w-]+)="([^"]*)"', body.group(1)))
    assert attrs.get("data-ready") == "yes" and attrs.get("data-errors") == "0", attrs
    expected = ["plot-size-vs-compilations", "plot-gain-distribution", "plot-packages"]  # no predictions: no 4th
    assert attrs["data-plots"].split() == expected
    assert attrs.get("data-plots-loaded") == str(len(expected))  # every image decoded in the browser
    for plot_id in expected:
        assert f'id="{plot_id}"' in dom.stdout_text
    # The check can fail: the same page with a script that throws is reported as having an error.
    broken = tmp_path / "broken.html"
    broken.write_text(page.read_text().replace("</body>", "<script>null.boom();</script></body>"))
    dom = run_process([chromium, *flags, "--dump-dom", broken.as_uri()], timeout_s=120)
    body = re.search(r"<body([^>]*)>", dom.stdout_text)
    assert body and dict(re.findall(r'([\w-]+)="([^"]*)"', body.group(1))).get("data-errors") == "1"
    shot = tmp_path / "shot.png"
    run = run_process(
        [chromium, *flags, f"--screenshot={shot}", "--window-size=1200,2000", page.as_uri()], timeout_s=120
    )
    assert run.returncode == 0, run.describe()
    assert shot.is_file() and shot.stat().st_size > 10_000 and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
