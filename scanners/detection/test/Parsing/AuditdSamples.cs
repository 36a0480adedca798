namespace Bulwark.Scanners.Detection.Tests.Parsing;

/// <summary>Audit records as auditd writes them (RAW format unless said), for the auditd tests.</summary>
internal static class AuditdSamples
{
    /// <summary>One execve of <c>curl -o "/tmp/x sh.sh"</c> by root from auid 1000, records 1–7.</summary>
    public static readonly string[] CurlExecve =
    [
        "type=SYSCALL msg=audit(1710060000.123:4521): arch=c000003e syscall=59 success=yes exit=0 a0=55d0c3a1b2c0 a1=55d0c3a1b340 a2=55d0c3a1b3a0 a3=8 items=2 ppid=2301 pid=2388 auid=1000 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=pts0 ses=4 comm=\"curl\" exe=\"/usr/bin/curl\" subj=unconfined key=\"exec\"",
        "type=EXECVE msg=audit(1710060000.123:4521): argc=3 a0=\"curl\" a1=\"-o\" a2=2F746D702F782073682E7368",
        "type=CWD msg=audit(1710060000.123:4521): cwd=\"/root\"",
        "type=PATH msg=audit(1710060000.123:4521): item=0 name=\"/usr/bin/curl\" inode=1311 dev=fd:01 mode=0100755 ouid=0 ogid=0 rdev=00:00 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0",
        "type=PATH msg=audit(1710060000.123:4521): item=1 name=\"/lib64/ld-linux-x86-64.so.2\" inode=2100 dev=fd:01 mode=0100755 ouid=0 ogid=0 rdev=00:00 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0",
        "type=PROCTITLE msg=audit(1710060000.123:4521): proctitle=6375726C002D6F002F746D702F782073682E7368",
        "type=EOE msg=audit(1710060000.123:4521): ",
    ];

    /// <summary>A file created in /etc (two PATH items, the parent and the file), ENRICHED, from host web1.</summary>
    public static readonly string[] EnrichedCreate =
    [
        "node=web1 type=SYSCALL msg=audit(1710060005.500:4530): arch=c000003e syscall=257 success=yes exit=3 a0=ffffff9c a1=7ffd5c2a a2=241 a3=1b6 items=2 ppid=2388 pid=2401 auid=1000 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=pts0 ses=4 comm=\"bash\" exe=\"/usr/bin/bash\" subj=unconfined key=\"preload\"\u001dARCH=x86_64 SYSCALL=openat AUID=\"alice\" UID=\"root\" GID=\"root\" EUID=\"root\" SUID=\"root\" FSUID=\"root\" EGID=\"root\" SGID=\"root\" FSGID=\"root\"",
        "node=web1 type=CWD msg=audit(1710060005.500:4530): cwd=\"/root\"",
        "node=web1 type=PATH msg=audit(1710060005.500:4530): item=0 name=\"/etc/\" inode=131073 dev=fd:01 mode=040755 ouid=0 ogid=0 rdev=00:00 nametype=PARENT cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0\u001dOUID=\"root\" OGID=\"root\"",
        "node=web1 type=PATH msg=audit(1710060005.500:4530): item=1 name=\"/etc/ld.so.preload\" inode=140211 dev=fd:01 mode=0100644 ouid=0 ogid=0 rdev=00:00 nametype=CREATE cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0\u001dOUID=\"root\" OGID=\"root\"",
        "node=web1 type=PROCTITLE msg=audit(1710060005.500:4530): proctitle=2D62617368",
        "node=web1 type=EOE msg=audit(1710060005.500:4530): ",
    ];

    /// <summary>A failed ssh login of an invalid user (the account name hex-encoded), a userspace record without EOE.</summary>
    public const string UserLoginFailed =
        "type=USER_LOGIN msg=audit(1710060100.500:4600): pid=24410 uid=0 auid=4294967295 ses=4294967295 subj=unconfined msg='op=login acct=28696E76616C6964207573657229 exe=\"/usr/sbin/sshd\" hostname=? addr=203.0.113.45 terminal=sshd res=failed'\u001dUID=\"root\" AUID=\"unset\"";

    /// <summary>The records of one syscall event with id <paramref name="serial"/> at <paramref name="seconds"/>.</summary>
    public static string Record(string type, long seconds, int serial, string body = "") =>
        $"type={type} msg=audit({seconds}.000:{serial}): {body}";
}
