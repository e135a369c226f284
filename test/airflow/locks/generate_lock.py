#!/usr/bin/env python3
"""Regenerate one Airflow lock file (run by hand, never by the tests).

    python3 test/airflow/locks/generate_lock.py 3.1 apache-airflow==3.1.8 apache-airflow-providers-... 

Resolves the requirements with pip in a throwaway venv, then writes
test/airflow/locks/<name>.txt with every installed distribution pinned exactly,
plus the sha256 of the very file pip picked (so `pip install --no-deps -r` runs
in hash-checking mode). Hashes are for CPython <major.minor> on linux x86_64:
the machine kind the tests and CI run on.
"""
import datetime
import json
import pathlib
import platform
import shlex
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent


def main() -> None:
    if len(sys.argv) < 3:
        sys.exit("usage: generate_lock.py <name> <requirement>...")
    name, requirements = sys.argv[1], sys.argv[2:]
    with tempfile.TemporaryDirectory(prefix=f"airflow-lock-{name}-") as tmp:
        venv = pathlib.Path(tmp) / "venv"
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        pip = [str(venv / "bin" / "python"), "-m", "pip"]
        subprocess.run([*pip, "install", "-q", "--upgrade", "pip"], check=True)
        report_path = pathlib.Path(tmp) / "report.json"
        subprocess.run([*pip, "install", "-q", "--report", str(report_path), *requirements], check=True)
        report = json.loads(report_path.read_text())

    airflow = next(i["metadata"]["version"] for i in report["install"]
                   if i["metadata"]["name"].lower() == "apache-airflow")
    lines = [
        f"# Airflow {airflow} lock ({name}) — generated {datetime.date.today().isoformat()} with pip from PyPI",
        f"# Python {platform.python_version()} on {platform.system().lower()} {platform.machine()}; hashes are of the files pip picked there.",
        f"# Regenerate: python3 test/airflow/locks/generate_lock.py {name} {shlex.join(requirements)}",
        "# Install: pip install --no-deps -r <this file>  (hash-checking mode, exact versions)",
    ]
    for item in sorted(report["install"], key=lambda i: i["metadata"]["name"].lower()):
        meta = item["metadata"]
        sha256 = item["download_info"]["archive_info"]["hashes"]["sha256"]
        lines.append(f"{meta['name']}=={meta['version']} --hash=sha256:{sha256}")
    out = HERE / f"{name}.txt"
    out.write_text("\n".join(lines) + "\n")
    print(f"wrote {out} ({len(report['install'])} distributions, Airflow {airflow})")


if __name__ == "__main__":
    main()
