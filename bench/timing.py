"""Runs one command and measures it: wall clock, CPU time and peak resident memory (from the
child's own rusage, so a server it talks to or spawns is not counted)."""
import os
import subprocess
import time


class CommandFailed(Exception):
    """A measured command exited with a code it is not allowed."""


def run_measured(argv, cwd=None, env=None, stdout_path=os.devnull, ok_codes=(0,)):
    """Returns {wall_s, user_s, sys_s, max_rss_kb, exit_code}; raises CommandFailed otherwise."""
    with open(stdout_path, "wb") as out:
        started = time.perf_counter()
        try:
            proc = subprocess.Popen(argv, cwd=cwd, env=env, stdout=out, stderr=subprocess.PIPE)
        except OSError as e:
            raise CommandFailed(f"{argv[0]} could not start: {e}") from e
        stderr = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in ok_codes:
        tail = stderr.decode("utf-8", "replace").strip().splitlines()[-5:]
        raise CommandFailed(f"{argv[0]} exited {proc.returncode}: " + " | ".join(tail))
    return {
        "wall_s": wall,
        "user_s": usage.ru_utime,
        "sys_s": usage.ru_stime,
        "max_rss_kb": usage.ru_maxrss,
        "exit_code": proc.returncode,
    }
