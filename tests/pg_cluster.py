"""A throwaway PostgreSQL cluster for the tests: initdb + pg_ctl on 127.0.0.1, a free port.

The cluster runs as an unprivileged user (the server refuses to run as root): the current user
when it is not root, else ``pgtest`` (created if missing). It has one superuser with a
password, so a wrong password can be tested too. ``tests/pg_server.sh`` runs this module to
keep a server up for a shell; the pytest fixture in ``tests/conftest.py`` starts one per
session. Nothing here is part of the program.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "annotator_test"
PASSWORD = "throwaway-cluster-secret"
SERVER_USER = "pgtest"


class ClusterUnavailable(RuntimeError):
    """No PostgreSQL server could be started here; the message says why."""


@dataclass
class Cluster:
    folder: Path
    port: int
    bin_dir: Path
    run_as: str | None  # a user name when started through runuser (we are root)
    user: str = SUPERUSER
    password: str = PASSWORD
    host: str = "127.0.0.1"

    def url(self, database: str = "postgres", *, user: str | None = None) -> str:
        return f"postgresql://{user or self.user}@{self.host}:{self.port}/{database}"

    def admin(self, sql: str, database: str = "postgres") -> None:
        """Run SQL as the superuser (CREATE DATABASE cannot run inside a transaction)."""
        import psycopg

        with psycopg.connect(
            host=self.host,
            port=self.port,
            user=self.user,
            password=self.password,
            dbname=database,
            autocommit=True,
        ) as connection:
            connection.execute(sql)

    def stop(self) -> None:
        _run(
            self,
            [str(self.bin_dir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "stop"],
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def _bin_dir() -> Path:
    chosen = os.environ.get("ANNOTATOR_TEST_PG_BIN")  # a given PostgreSQL, or none (tests)
    if chosen:
        if not (Path(chosen) / "initdb").exists():
            raise ClusterUnavailable(f"no initdb in ANNOTATOR_TEST_PG_BIN={chosen}")
        return Path(chosen)
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).resolve().parent
    raise ClusterUnavailable(
        "PostgreSQL is not installed (no initdb): apt-get install -y postgresql"
    )


def _icu_collation(bin_dir: Path) -> list[str]:
    """Sort text as a newsroom's server does (en-US, not bytewise C), when initdb can: a
    query whose order depends on the collation then shows up in the tests."""
    try:
        help_text = subprocess.run(
            [str(bin_dir / "initdb"), "--help"], capture_output=True, text=True, timeout=30
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return []
    if "--icu-locale" not in help_text:
        return []
    return ["--locale-provider=icu", "--icu-locale=en-US"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _server_user() -> str | None:
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                SERVER_USER,
            ],
            check=True,
            capture_output=True,
        )
    return SERVER_USER


def _run(cluster_or_user, command: list[str], *, check: bool = True):  # type: ignore[no-untyped-def]
    run_as = cluster_or_user.run_as if isinstance(cluster_or_user, Cluster) else cluster_or_user
    if run_as:
        command = ["runuser", "-u", run_as, "--", *command]
    return subprocess.run(command, capture_output=True, text=True, check=check, timeout=120)


def start_cluster() -> Cluster:
    """Start a fresh cluster; raises ClusterUnavailable with the reason when it cannot."""
    bin_dir = _bin_dir()
    try:
        run_as = _server_user()
    except (OSError, subprocess.CalledProcessError) as error:
        raise ClusterUnavailable(
            f"cannot create the unprivileged user {SERVER_USER}: {error}"
        ) from error
    folder = Path(tempfile.mkdtemp(prefix="annotator-pg-"))
    folder.chmod(0o755)
    if run_as:
        shutil.chown(folder, run_as)
    pwfile = folder / "pw"
    pwfile.write_text(PASSWORD + "\n")
    if run_as:
        shutil.chown(pwfile, run_as)
    port = _free_port()
    cluster = Cluster(folder=folder, port=port, bin_dir=bin_dir, run_as=run_as)
    try:
        _run(
            run_as,
            [
                str(bin_dir / "initdb"),
                "-D",
                str(folder / "data"),
                "-U",
                SUPERUSER,
                f"--pwfile={pwfile}",
                "--auth=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                *_icu_collation(bin_dir),
                "--no-sync",
            ],
        )
        options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off "
            "-c max_connections=60"
        )
        _run(
            run_as,
            [
                str(bin_dir / "pg_ctl"),
                "-D",
                str(folder / "data"),
                "-o",
                options,
                "-l",
                str(folder / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            ],
        )
    except (OSError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        log = folder / "server.log"
        detail = getattr(error, "stderr", "") or ""
        if log.exists():
            detail += log.read_text(errors="replace")[-500:]
        shutil.rmtree(folder, ignore_errors=True)
        raise ClusterUnavailable(
            f"the throwaway PostgreSQL server did not start: {error} {detail.strip()}"
        ) from error
    deadline = time.monotonic() + 30
    while True:
        try:
            cluster.admin("SELECT 1")
            return cluster
        except Exception as error:  # the server may still be starting
            if time.monotonic() > deadline:
                cluster.stop()
                raise ClusterUnavailable(
                    f"the PostgreSQL server does not answer: {error}"
                ) from error
            time.sleep(0.2)


def main() -> int:
    """Start a cluster, print its URL and PGPASSWORD, run a command against it, stop it."""
    cluster = start_cluster()
    try:
        print(f"PostgreSQL at {cluster.url()} (PGPASSWORD={cluster.password})", file=sys.stderr)
        if len(sys.argv) > 1:
            environment = dict(os.environ)
            environment.update(ANNOTATOR_TEST_PG_URL=cluster.url(), PGPASSWORD=cluster.password)
            return subprocess.run(sys.argv[1:], env=environment, check=False).returncode
        return 0
    finally:
        cluster.stop()


if __name__ == "__main__":
    sys.exit(main())
