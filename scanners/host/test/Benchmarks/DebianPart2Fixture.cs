namespace Bulwark.Scanners.Host.Tests.Benchmarks;

/// <summary>
/// The files of the Debian fixture trees that part 2 of the debian-12 benchmark reads (part2-access.yaml: cron,
/// SSH, sudo, PAM, accounts, logging, auditd, file permissions, homes). The hardened tree passes every part-2 check;
/// the weak tree is a careless server that fails the checks in <see cref="FailingOnWeak"/>.
/// <para>
/// Directories are made by the tree builder with its default mode (0755), so the folder checks that want 0700/0750
/// (cron folders, /var/log/audit, /home/*) get no files inside them in the hardened tree: there they do not apply.
/// <see cref="HardenedDirectories"/> and <see cref="WeakDirectories"/> give the modes for a builder that creates them.
/// </para>
/// </summary>
internal static class DebianPart2Fixture
{
    private const int Mode0600 = 0b110_000_000;
    private const int Mode0640 = 0b110_100_000;
    private const int Mode0440 = 0b100_100_000;
    private const int Mode0664 = 0b110_110_100;
    private const int Mode0666 = 0b110_110_110;
    private const int Mode0755 = 0b111_101_101;
    private const int Mode0777 = 0b111_111_111;
    private const int Mode4755 = 0b100_111_101_101;

    // sha512-crypt of "changeme" (on the shipped default list) and of a long random passphrase, both with fixed salts.
    private const string ChangemeHash = "$6$bulwarkfixture$9Ox.8c07jvcDfGWpYgsxu4afQAk0fQLGfJ8PfbKM1GTyrYjYhc1dvK3VcHxzabCEuaDrwI71ZqzZT1dNMZWxc.";
    private const string StrongHash = "$6$hardenedfixture$q3WKy1y8418wCcPU9qR5zF6UH7q6CFt5QtKlaJM.sSs5A9bGzBzN7doQ2.Xj2EiXZXw0DmAmv6VqBBnufXUOg.";

    /// <summary>Owners the tree builder applies in both trees: the shadow files belong to group shadow (gid 42), and
    /// /opt/legacy/app.conf to uid/gid 4242, which the hardened /etc/passwd knows and the weak one does not.</summary>
    public static IReadOnlyList<(string Path, int Uid, int Gid)> Owners { get; } =
    [
        ("/etc/shadow", 0, 42),
        ("/etc/shadow-", 0, 42),
        ("/etc/gshadow", 0, 42),
        ("/etc/gshadow-", 0, 42),
        ("/opt/legacy/app.conf", 4242, 4242),
    ];

    /// <summary>Directories of the hardened tree with the modes the benchmark wants (for a builder that creates directories).</summary>
    public static IReadOnlyList<(string Path, int Mode)> HardenedDirectories { get; } =
    [
        ("/etc/cron.hourly", 0b111_000_000),
        ("/etc/cron.daily", 0b111_000_000),
        ("/etc/cron.weekly", 0b111_000_000),
        ("/etc/cron.monthly", 0b111_000_000),
        ("/etc/cron.yearly", 0b111_000_000),
        ("/etc/cron.d", 0b111_000_000),
        ("/var/log/audit", 0b111_101_000),
        ("/home/admin", 0b111_101_000),
    ];

    /// <summary>Directories of the weak tree with their (too open) modes.</summary>
    public static IReadOnlyList<(string Path, int Mode)> WeakDirectories { get; } =
    [
        ("/etc/cron.hourly", Mode0755),
        ("/etc/cron.daily", Mode0755),
        ("/etc/cron.weekly", Mode0755),
        ("/etc/cron.monthly", Mode0755),
        ("/etc/cron.yearly", Mode0755),
        ("/etc/cron.d", Mode0755),
        ("/var/log/audit", Mode0755),
        ("/home/alice", Mode0755),
    ];

    /// <summary>The hardened tree's part-2 files.</summary>
    public static IReadOnlyList<FixtureFile> Hardened { get; } =
    [
        new("/var/lib/dpkg/status", Packages("cron", "sudo", "libpam-runtime", "libpam-modules", "libpam-pwquality", "rsyslog", "logrotate", "auditd", "audispd-plugins")),
        .. EnabledUnit("cron"),
        .. EnabledUnit("rsyslog"),
        .. EnabledUnit("auditd"),

        // 2.4 job schedulers
        new("/etc/crontab", "SHELL=/bin/sh\nPATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin\n17 * * * * root cd / && run-parts --report /etc/cron.hourly\n", Mode0600),
        new("/etc/cron.allow", "root\nadmin\n", Mode0640),

        // 5.1 SSH: the drop-in comes first through Include and wins (first value wins in sshd).
        new("/etc/ssh/sshd_config", """
            Include /etc/ssh/sshd_config.d/*.conf
            # Settings not made in the drop-in.
            KbdInteractiveAuthentication no
            UsePAM yes
            X11Forwarding no
            PrintMotd no
            AcceptEnv LANG LC_*
            Subsystem sftp /usr/lib/openssh/sftp-server
            Banner /etc/issue.net
            LogLevel VERBOSE
            MaxAuthTries 4
            MaxSessions 10
            MaxStartups 10:30:60
            LoginGraceTime 60
            ClientAliveInterval 300
            ClientAliveCountMax 3
            PermitEmptyPasswords no
            PermitUserEnvironment no
            IgnoreRhosts yes
            HostbasedAuthentication no
            GSSAPIAuthentication no
            Match Group sftp-only
                ForceCommand internal-sftp
                PasswordAuthentication yes

            """, Mode0600),
        new("/etc/ssh/sshd_config.d/50-bulwark.conf", """
            PermitRootLogin no
            PasswordAuthentication no
            DisableForwarding yes
            AllowTcpForwarding no
            AllowGroups sshusers
            Ciphers chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com,aes256-ctr,aes192-ctr,aes128-ctr
            MACs hmac-sha2-512-etm@openssh.com,hmac-sha2-256-etm@openssh.com,hmac-sha2-512,hmac-sha2-256
            KexAlgorithms sntrup761x25519-sha512@openssh.com,curve25519-sha256,curve25519-sha256@libssh.org,diffie-hellman-group16-sha512

            """, Mode0600),
        new("/etc/ssh/ssh_host_ed25519_key", "-----BEGIN OPENSSH PRIVATE KEY-----\nfixture\n-----END OPENSSH PRIVATE KEY-----\n", Mode0600),
        new("/etc/ssh/ssh_host_ed25519_key.pub", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFixture root@hardened\n"),

        // 5.2 sudo and su
        new("/etc/sudoers", """
            Defaults	env_reset
            Defaults	mail_badpass
            Defaults	secure_path="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
            Defaults	use_pty
            root	ALL=(ALL:ALL) ALL
            %sudo	ALL=(ALL:ALL) ALL
            @includedir /etc/sudoers.d

            """, Mode0440),
        new("/etc/sudoers.d/50-bulwark", "Defaults logfile=\"/var/log/sudo.log\"\nDefaults timestamp_timeout=5\n", Mode0440),
        new("/etc/pam.d/su", """
            auth       sufficient pam_rootok.so
            auth       required   pam_wheel.so use_uid group=sugroup
            session    required   pam_env.so readenv=1
            @include common-auth
            @include common-account
            @include common-session

            """),

        // 5.3 PAM
        new("/etc/pam.d/common-auth", """
            auth	required			pam_faillock.so preauth
            auth	[success=1 default=ignore]	pam_unix.so
            auth	[default=die]			pam_faillock.so authfail
            auth	sufficient			pam_faillock.so authsucc
            auth	requisite			pam_deny.so
            auth	required			pam_permit.so

            """),
        new("/etc/pam.d/common-account", """
            account	[success=1 new_authtok_reqd=done default=ignore]	pam_unix.so
            account	requisite			pam_deny.so
            account	required			pam_permit.so
            account	required			pam_faillock.so

            """),
        new("/etc/pam.d/common-password", """
            password	requisite			pam_pwquality.so retry=3
            password	required			pam_pwhistory.so remember=24 enforce_for_root try_first_pass use_authtok
            password	[success=1 default=ignore]	pam_unix.so obscure use_authtok try_first_pass yescrypt
            password	requisite			pam_deny.so
            password	required			pam_permit.so

            """),
        new("/etc/pam.d/common-session", "session	required	pam_unix.so\nsession	optional	pam_systemd.so\n"),
        new("/etc/security/faillock.conf", "# lock after 5 failures for 15 minutes, root included\ndeny = 5\nunlock_time = 900\neven_deny_root\nroot_unlock_time = 60\n"),
        new("/etc/security/pwquality.conf", """
            difok = 2
            minlen = 14
            minclass = 4
            maxrepeat = 3
            maxsequence = 3
            dictcheck = 1
            enforcing = 1
            enforce_for_root

            """),
        new("/etc/security/opasswd", "", Mode0600),

        // 5.4 accounts and environment
        new("/etc/login.defs", """
            MAIL_DIR        /var/mail
            UMASK		027
            PASS_MAX_DAYS	365
            PASS_MIN_DAYS	1
            PASS_WARN_AGE	7
            UID_MIN			 1000
            UID_MAX			60000
            ENCRYPT_METHOD YESCRYPT

            """),
        new("/etc/default/useradd", "SHELL=/bin/bash\nINACTIVE=45\n"),
        new("/etc/profile.d/50-tmout.sh", "readonly TMOUT=900 ; export TMOUT\n"),
        new("/etc/profile.d/50-umask.sh", "umask 027\n"),
        new("/etc/profile", "if [ \"$(id -u)\" -eq 0 ]; then\n  PATH=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"\nfi\nexport PATH\nfor i in /etc/profile.d/*.sh; do . \"$i\"; done\n"),
        new("/etc/bash.bashrc", "[ -z \"$PS1\" ] && return\nshopt -s checkwinsize\n"),
        new("/root/.bashrc", "# root's shell\numask 077\nexport LS_OPTIONS='--color=auto'\n"),
        new("/root/.profile", "if [ -f ~/.bashrc ]; then . ~/.bashrc; fi\n"),
        new("/etc/shells", "/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/dash\n/usr/bin/dash\n"),
        new("/etc/passwd", """
            root:x:0:0:root:/root:/bin/bash
            daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
            bin:x:2:2:bin:/bin:/usr/sbin/nologin
            sys:x:3:3:sys:/dev:/usr/sbin/nologin
            sync:x:4:65534:sync:/bin:/bin/sync
            _apt:x:42:65534::/nonexistent:/usr/sbin/nologin
            nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
            messagebus:x:100:107::/nonexistent:/usr/sbin/nologin
            sshd:x:101:65534::/run/sshd:/usr/sbin/nologin
            systemd-network:x:998:998:systemd Network Management:/:/usr/sbin/nologin
            admin:x:1000:1000:Administrator,,,:/home/admin:/bin/bash
            appuser:x:4242:4242:Legacy application:/opt/legacy:/usr/sbin/nologin

            """),
        new("/etc/passwd-", "root:x:0:0:root:/root:/bin/bash\n"),
        new("/etc/group", Groups("admin", "admin")),
        new("/etc/group-", "root:x:0:\n"),
        new("/etc/shadow", $"""
            root:{StrongHash}:19700:1:365:7:45::
            daemon:*:19700:0:99999:7:::
            bin:*:19700:0:99999:7:::
            sys:*:19700:0:99999:7:::
            sync:*:19700:0:99999:7:::
            _apt:*:19700:0:99999:7:::
            nobody:*:19700:0:99999:7:::
            messagebus:!:19700::::::
            sshd:!:19700::::::
            systemd-network:!*:19700::::::
            admin:{StrongHash}:19700:1:365:7:45::
            appuser:!:19700::::::

            """, Mode0640),
        new("/etc/shadow-", "root:*:19700:1:365:7:45::\n", Mode0640),
        new("/etc/gshadow", "root:*::\nshadow:*::\nsudo:*::admin\n", Mode0640),
        new("/etc/gshadow-", "root:*::\n", Mode0640),

        // 6.1 logging: rsyslog is the logging system and forwards to a log host.
        new("/etc/systemd/journald.conf", "[Journal]\nStorage=persistent\nCompress=yes\nForwardToSyslog=yes\nSystemMaxUse=1G\n"),
        new("/etc/rsyslog.conf", """
            module(load="imuxsock")
            #module(load="imtcp")
            #input(type="imtcp" port="514")
            $FileOwner root
            $FileGroup adm
            $FileCreateMode 0640
            $DirCreateMode 0755
            $IncludeConfig /etc/rsyslog.d/*.conf
            auth,authpriv.*			/var/log/auth.log
            *.*;auth,authpriv.none		-/var/log/syslog

            """),
        new("/etc/rsyslog.d/60-remote.conf", "*.* action(type=\"omfwd\" target=\"loghost.example.org\" port=\"514\" protocol=\"tcp\")\n"),
        new("/etc/logrotate.conf", "weekly\nrotate 4\ncreate\ninclude /etc/logrotate.d\n"),
        new("/var/log/auth.log", "", Mode0640),
        new("/var/log/syslog", "", Mode0640),
        new("/var/log/sudo.log", "", Mode0600),
        new("/var/log/dpkg.log", ""),

        // 6.2 auditing
        new("/etc/default/grub", "\nGRUB_CMDLINE_LINUX=\"audit=1 audit_backlog_limit=8192\"\n"),
        new("/etc/audit/auditd.conf", """
            log_file = /var/log/audit/audit.log
            log_group = root
            max_log_file = 32
            num_logs = 5
            max_log_file_action = keep_logs
            space_left_action = email
            action_mail_acct = root
            admin_space_left_action = single
            disk_full_action = single
            disk_error_action = single

            """, Mode0640),
        new("/etc/audit/rules.d/50-bulwark.rules", AuditRules, Mode0640),
        new("/etc/audit/rules.d/99-finalize.rules", "-e 2\n", Mode0640),
        new("/usr/sbin/auditctl", "#!/bin/sh\n", Mode0755),
        new("/usr/sbin/aureport", "#!/bin/sh\n", Mode0755),
        new("/usr/sbin/ausearch", "#!/bin/sh\n", Mode0755),
        new("/usr/sbin/autrace", "#!/bin/sh\n", Mode0755),
        new("/usr/sbin/auditd", "#!/bin/sh\n", Mode0755),
        new("/usr/sbin/augenrules", "#!/bin/sh\n", Mode0755),

        // 7.1 a setuid program Debian ships (in the inventory's exceptions), and a file of a known service account
        new("/usr/bin/passwd", "#!/bin/sh\n", Mode4755),
        new("/opt/legacy/app.conf", "owner=appuser\n"),
    ];

    /// <summary>The weak tree's part-2 files.</summary>
    public static IReadOnlyList<FixtureFile> Weak { get; } =
    [
        new("/var/lib/dpkg/status", Packages("cron", "at", "sudo", "libpam-runtime", "libpam-modules", "rsyslog")),
        new("/lib/systemd/system/cron.service", "[Unit]\nDescription=cron\n[Service]\nExecStart=/usr/sbin/cron -f\n[Install]\nWantedBy=multi-user.target\n"),
        new("/lib/systemd/system/rsyslog.service", "[Unit]\nDescription=rsyslog\n[Service]\nExecStart=/usr/sbin/rsyslogd -n\n[Install]\nWantedBy=multi-user.target\n"),

        // 2.4: folders exist (mode 0755 from the builder), the crontab is world-readable, a deny list instead of an allow list
        new("/etc/crontab", "17 * * * * root cd / && run-parts --report /etc/cron.hourly\n"),
        new("/etc/cron.hourly/.placeholder", "\n"),
        new("/etc/cron.daily/logrotate", "#!/bin/sh\n", Mode0755),
        new("/etc/cron.weekly/.placeholder", "\n"),
        new("/etc/cron.monthly/.placeholder", "\n"),
        new("/etc/cron.yearly/.placeholder", "\n"),
        new("/etc/cron.d/e2scrub_all", "30 3 * * 0 root test -e /run/systemd/system || /usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron\n"),
        new("/etc/cron.deny", "nobody\n"),

        // 5.1: the first PermitRootLogin (the drop-in's yes) wins over the main file's no; Match does not count.
        new("/etc/ssh/sshd_config", """
            Include /etc/ssh/sshd_config.d/*.conf
            PermitRootLogin no
            PasswordAuthentication yes
            PermitEmptyPasswords yes
            KbdInteractiveAuthentication no
            UsePAM no
            X11Forwarding yes
            AllowTcpForwarding yes
            DisableForwarding no
            Ciphers aes128-cbc,aes256-ctr
            MACs hmac-md5,hmac-sha2-256
            KexAlgorithms diffie-hellman-group1-sha1,curve25519-sha256
            LoginGraceTime 2m
            LogLevel QUIET
            MaxAuthTries 6
            MaxSessions 20
            MaxStartups 10:30:100
            HostbasedAuthentication yes
            IgnoreRhosts no
            GSSAPIAuthentication yes
            PermitUserEnvironment yes
            ClientAliveInterval 0
            Banner none
            Match User backup
                PermitRootLogin no
                AllowUsers backup

            """),
        new("/etc/ssh/sshd_config.d/10-legacy.conf", "PermitRootLogin yes\n"),
        new("/etc/ssh/ssh_host_ed25519_key", "-----BEGIN OPENSSH PRIVATE KEY-----\nfixture\n-----END OPENSSH PRIVATE KEY-----\n"),
        new("/etc/ssh/ssh_host_ed25519_key.pub", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFixture root@weak\n", Mode0666),

        // 5.2
        new("/etc/sudoers", """
            Defaults	env_reset
            Defaults	!authenticate
            Defaults	timestamp_timeout=-1
            root	ALL=(ALL:ALL) ALL
            %sudo	ALL=(ALL:ALL) NOPASSWD: ALL
            @includedir /etc/sudoers.d

            """, Mode0440),
        new("/etc/sudoers.d/90-deploy", "deploy ALL=(ALL) NOPASSWD: /usr/bin/systemctl\n", Mode0440),
        new("/etc/pam.d/su", "auth       sufficient pam_rootok.so\n# auth       required   pam_wheel.so use_uid group=sugroup\n@include common-auth\n"),

        // 5.3: Debian's stock stacks plus legacy choices
        new("/etc/pam.d/common-auth", "auth	[success=1 default=ignore]	pam_unix.so nullok\nauth	requisite			pam_deny.so\nauth	required			pam_permit.so\n"),
        new("/etc/pam.d/common-account", "account	[success=1 new_authtok_reqd=done default=ignore]	pam_unix.so\naccount	requisite			pam_deny.so\naccount	required			pam_permit.so\n"),
        new("/etc/pam.d/common-password", "password	[success=1 default=ignore]	pam_unix.so obscure md5 remember=5\npassword	requisite			pam_deny.so\npassword	required			pam_permit.so\n"),
        new("/etc/security/faillock.conf", "deny = 10\nunlock_time = 60\n"),
        new("/etc/security/pwquality.conf", "difok = 1\nminlen = 8\nminclass = 1\nmaxrepeat = 0\nmaxsequence = 0\ndictcheck = 0\nenforcing = 0\n"),
        new("/etc/security/opasswd", "alice:1001:1:$1$x$y\n"),

        // 5.4
        new("/etc/login.defs", "UMASK		022\nPASS_MAX_DAYS	99999\nPASS_MIN_DAYS	0\nPASS_WARN_AGE	3\nUID_MIN			 1000\nENCRYPT_METHOD MD5\n"),
        new("/etc/default/useradd", "SHELL=/bin/sh\nINACTIVE=-1\n"),
        new("/etc/profile", "umask 022\nexport PATH\n"),
        new("/etc/profile.d/50-tmout.sh", "TMOUT=0\n"),
        new("/root/.bashrc", "umask 002\n"),
        new("/etc/shells", "/bin/sh\n/bin/bash\n/usr/sbin/nologin\n", Mode0666),
        new("/etc/passwd", """
            root:x:0:4:root:/root:/bin/bash
            toor:x:0:0:second root:/root:/bin/bash
            daemon:x:1:1:daemon:/usr/sbin:/bin/sh
            nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
            legacy:$1$fixture$Jd0Kb6h0u8r8hX1nZ3bqv.:1002:1002::/home/legacy:/bin/bash
            alice:x:1001:1001::/home/alice:/bin/bash
            alice:x:1003:1003::/home/alice2:/bin/bash
            bob:x:1000:1000::/home/bob:/bin/bash
            carol:x:1000:1000::/home/carol:/bin/bash
            guest:x:1004:42::/home/guest:/bin/bash

            """, Mode0664),
        new("/etc/passwd-", "root:x:0:0:root:/root:/bin/bash\n", Mode0666),
        new("/etc/group", Groups("alice", "admin") + "wheel:x:0:\nadmin:x:1005:\n", Mode0664),
        new("/etc/group-", "root:x:0:\n", Mode0664),
        new("/etc/shadow", $"""
            root:{ChangemeHash}:19700:0:99999:7:::
            toor:!:19700:0:99999:7:::
            daemon:*:19700:0:99999:7:::
            nobody:*:19700:0:99999:7:::
            alice:!:19700:0:99999:7:::
            bob:!:19700:0:99999:7:::
            carol:!:19700:0:99999:7:::
            guest::19700:0:99999:7:::

            """),
        new("/etc/shadow-", "root:*:19700:0:99999:7:::\n"),
        new("/etc/gshadow", "root:*::\nshadow:*::alice\n"),
        new("/etc/gshadow-", "root:*::\n"),

        // 6.1: rsyslog installed but not started, journal in memory, world-readable logs, listening for remote logs
        new("/etc/systemd/journald.conf", "[Journal]\nStorage=volatile\nCompress=no\nForwardToSyslog=no\n"),
        new("/etc/rsyslog.conf", "module(load=\"imtcp\")\ninput(type=\"imtcp\" port=\"514\")\n$FileCreateMode 0644\nauth,authpriv.*	/var/log/auth.log\n"),
        new("/var/log/auth.log", ""),
        new("/var/log/syslog", "", Mode0666),

        // 6.2: auditd not installed, its leftover configuration loose and without rules
        new("/etc/default/grub", "\nGRUB_CMDLINE_LINUX=\"quiet\"\n"),
        new("/etc/audit/auditd.conf", "max_log_file = 1\nmax_log_file_action = ROTATE\nspace_left_action = SYSLOG\nadmin_space_left_action = SUSPEND\ndisk_full_action = SUSPEND\ndisk_error_action = SUSPEND\n"),
        new("/etc/audit/rules.d/audit.rules", "-D\n-b 8192\n--backlog_wait_time 60000\n-f 1\n"),
        new("/var/log/audit/audit.log", ""),
        new("/usr/sbin/auditctl", "#!/bin/sh\n", Mode0777),

        // 7.1: a world-writable script, a file of a deleted account, an unexpected setuid shell
        new("/usr/local/bin/backup.sh", "#!/bin/sh\ntar czf /tmp/etc.tgz /etc\n", Mode0777),
        new("/opt/legacy/app.conf", "owner=4242\n"),
        new("/usr/local/bin/rootshell", "#!/bin/sh\n", Mode4755),

        // 7.2: an open home with credentials and trust files
        new("/home/alice/.bashrc", "alias ll='ls -l'\n", Mode0666),
        new("/home/alice/.netrc", "machine ftp.example.org login alice password hunter2\n", Mode0600),
        new("/home/alice/.rhosts", "+ +\n", Mode0600),
        new("/home/alice/.forward", "|/usr/local/bin/mailhook\n", Mode0600),
        new("/home/alice/.bash_history", "mysql -u root -phunter2\n"),
    ];

    /// <summary>The part-2 checks the weak tree fails.</summary>
    public static IReadOnlyList<string> FailingOnWeak { get; } =
    [
        "host/deb-shadow-max-days", "host/deb-shadow-min-days", "host/deb-shadow-inactive",
        "host/deb-cron-enabled",
        "host/deb-crontab-perms",
        "host/deb-cron-hourly-perms",
        "host/deb-cron-daily-perms",
        "host/deb-cron-weekly-perms",
        "host/deb-cron-monthly-perms",
        "host/deb-cron-yearly-perms",
        "host/deb-cron-d-perms",
        "host/deb-cron-allow",
        "host/deb-at-allow",

        "host/deb-sshd-config-perms",
        "host/deb-ssh-private-host-keys",
        "host/deb-ssh-public-host-keys",
        "host/deb-ssh-access-limited",
        "host/deb-ssh-banner",
        "host/deb-ssh-ciphers",
        "host/deb-ssh-client-alive",
        "host/deb-ssh-disable-forwarding",
        "host/deb-ssh-gssapi",
        "host/deb-ssh-hostbased",
        "host/deb-ssh-ignore-rhosts",
        "host/deb-ssh-kex",
        "host/deb-ssh-login-grace-time",
        "host/deb-ssh-log-level",
        "host/deb-ssh-macs",
        "host/deb-ssh-max-auth-tries",
        "host/deb-ssh-max-sessions",
        "host/deb-ssh-max-startups",
        "host/deb-ssh-permit-empty-passwords",
        "host/deb-ssh-root-login",
        "host/deb-ssh-permit-user-environment",
        "host/deb-ssh-use-pam",
        "host/deb-ssh-password-auth",
        "host/deb-ssh-x11-forwarding",
        "host/deb-ssh-tcp-forwarding",

        "host/deb-sudo-use-pty",
        "host/deb-sudo-logfile",
        "host/deb-sudo-no-nopasswd",
        "host/deb-sudo-authenticate",
        "host/deb-sudo-timeout",
        "host/deb-su-restricted",

        "host/deb-pam-pwquality-installed",
        "host/deb-pam-faillock-enabled",
        "host/deb-pam-pwquality-enabled",
        "host/deb-pam-pwhistory-enabled",
        "host/deb-faillock-deny",
        "host/deb-faillock-unlock-time",
        "host/deb-faillock-root",
        "host/deb-pwquality-difok",
        "host/deb-pwquality-minlen",
        "host/deb-pwquality-complexity",
        "host/deb-pwquality-maxrepeat",
        "host/deb-pwquality-maxsequence",
        "host/deb-pwquality-dictcheck",
        "host/deb-pwquality-enforcing",
        "host/deb-pwquality-root",
        "host/deb-pwhistory-remember",
        "host/deb-pwhistory-root",
        "host/deb-pwhistory-use-authtok",
        "host/deb-pam-unix-no-nullok",
        "host/deb-pam-unix-no-remember",
        "host/deb-pam-unix-hash",
        "host/deb-pam-unix-use-authtok",

        "host/deb-pass-max-days",
        "host/deb-pass-min-days",
        "host/deb-pass-warn-age",
        "host/deb-encrypt-method",
        "host/deb-useradd-inactive",
        "host/deb-uid-zero",
        "host/deb-root-gid",
        "host/deb-gid-zero",
        "host/deb-system-accounts-no-shell",
        "host/deb-root-umask",
        "host/deb-shells-no-nologin",
        "host/deb-shell-timeout",
        "host/deb-shell-umask",
        "host/deb-login-defs-umask",

        "host/deb-journald-storage",
        "host/deb-journald-compress",
        "host/deb-journald-rotation",
        "host/deb-logging-one-system",
        "host/deb-journald-forward-to-syslog",
        "host/deb-logs-remote",
        "host/deb-rsyslog-file-mode",
        "host/deb-rsyslog-no-receive",
        "host/deb-logrotate",
        "host/deb-log-files-private",

        "host/deb-auditd-installed",
        "host/deb-auditd-enabled",
        "host/deb-audit-at-boot",
        "host/deb-audit-backlog-limit",
        "host/deb-auditd-max-log-file",
        "host/deb-auditd-keep-logs",
        "host/deb-auditd-disk-full",
        "host/deb-auditd-space-left",
        "host/deb-audit-sudoers",
        "host/deb-audit-user-emulation",
        "host/deb-audit-sudo-log",
        "host/deb-audit-time-change",
        "host/deb-audit-network-env",
        "host/deb-audit-privileged-sample",
        "host/deb-audit-access-denied",
        "host/deb-audit-identity",
        "host/deb-audit-perm-mod",
        "host/deb-audit-mounts",
        "host/deb-audit-session",
        "host/deb-audit-logins",
        "host/deb-audit-deletions",
        "host/deb-audit-mac-policy",
        "host/deb-audit-chcon",
        "host/deb-audit-setfacl",
        "host/deb-audit-chacl",
        "host/deb-audit-usermod",
        "host/deb-audit-modules",
        "host/deb-audit-immutable",
        "host/deb-audit-log-perms",
        "host/deb-audit-config-perms",
        "host/deb-audit-tools-perms",

        "host/deb-passwd-perms",
        "host/deb-passwd-backup-perms",
        "host/deb-group-perms",
        "host/deb-group-backup-perms",
        "host/deb-shadow-perms",
        "host/deb-shadow-backup-perms",
        "host/deb-gshadow-perms",
        "host/deb-gshadow-backup-perms",
        "host/deb-shells-perms",
        "host/deb-opasswd-perms",
        "host/deb-world-writable",
        "host/deb-unowned",
        "host/deb-suid-sgid-inventory",

        "host/deb-shadowed-passwords",
        "host/deb-empty-passwords",
        "host/deb-default-passwords",
        "host/deb-shadow-group-empty",
        "host/deb-duplicate-ids",
        "host/deb-duplicate-names",
        "host/deb-home-dirs-perms",
        "host/deb-dot-files-perms",
        "host/deb-no-netrc",
        "host/deb-no-rhosts",
        "host/deb-no-forward",
        "host/deb-bash-history-perms",
    ];

    // Every audit rule part 2 asks for, in the forms auditctl documents.
    private const string AuditRules = """
        -w /etc/sudoers -p wa -k scope
        -w /etc/sudoers.d -p wa -k scope
        -a always,exit -F arch=b64 -C euid!=uid -F auid!=unset -S execve -k user_emulation
        -a always,exit -F arch=b32 -C euid!=uid -F auid!=unset -S execve -k user_emulation
        -w /var/log/sudo.log -p wa -k sudo_log_file
        -a always,exit -F arch=b64 -S adjtimex,settimeofday,clock_settime -k time-change
        -a always,exit -F arch=b32 -S adjtimex,settimeofday,clock_settime -k time-change
        -w /etc/localtime -p wa -k time-change
        -a always,exit -F arch=b64 -S sethostname,setdomainname -k system-locale
        -a always,exit -F arch=b32 -S sethostname,setdomainname -k system-locale
        -w /etc/issue -p wa -k system-locale
        -w /etc/issue.net -p wa -k system-locale
        -w /etc/hosts -p wa -k system-locale
        -w /etc/networks -p wa -k system-locale
        -w /etc/network/ -p wa -k system-locale
        -a always,exit -F path=/usr/bin/sudo -F perm=x -F auid>=1000 -F auid!=unset -k privileged
        -a always,exit -F path=/usr/bin/su -F perm=x -F auid>=1000 -F auid!=unset -k privileged
        -a always,exit -F path=/usr/bin/passwd -F perm=x -F auid>=1000 -F auid!=unset -k privileged
        -a always,exit -F path=/usr/bin/gpasswd -F perm=x -F auid>=1000 -F auid!=unset -k privileged
        -a always,exit -F arch=b64 -S creat,open,openat,truncate,ftruncate -F exit=-EACCES -F auid>=1000 -F auid!=unset -k access
        -a always,exit -F arch=b64 -S creat,open,openat,truncate,ftruncate -F exit=-EPERM -F auid>=1000 -F auid!=unset -k access
        -a always,exit -F arch=b32 -S creat,open,openat,truncate,ftruncate -F exit=-EACCES -F auid>=1000 -F auid!=unset -k access
        -a always,exit -F arch=b32 -S creat,open,openat,truncate,ftruncate -F exit=-EPERM -F auid>=1000 -F auid!=unset -k access
        -w /etc/group -p wa -k identity
        -w /etc/passwd -p wa -k identity
        -w /etc/gshadow -p wa -k identity
        -w /etc/shadow -p wa -k identity
        -w /etc/security/opasswd -p wa -k identity
        -a always,exit -F arch=b64 -S chmod,fchmod,fchmodat -F auid>=1000 -F auid!=unset -k perm_mod
        -a always,exit -F arch=b64 -S chown,fchown,lchown,fchownat -F auid>=1000 -F auid!=unset -k perm_mod
        -a always,exit -F arch=b64 -S setxattr,lsetxattr,fsetxattr,removexattr,lremovexattr,fremovexattr -F auid>=1000 -F auid!=unset -k perm_mod
        -a always,exit -F arch=b32 -S chmod,fchmod,fchmodat -F auid>=1000 -F auid!=unset -k perm_mod
        -a always,exit -F arch=b32 -S lchown,fchown,chown,fchownat -F auid>=1000 -F auid!=unset -k perm_mod
        -a always,exit -F arch=b32 -S setxattr,lsetxattr,fsetxattr,removexattr,lremovexattr,fremovexattr -F auid>=1000 -F auid!=unset -k perm_mod
        -a always,exit -F arch=b64 -S mount -F auid>=1000 -F auid!=unset -k mounts
        -a always,exit -F arch=b32 -S mount -F auid>=1000 -F auid!=unset -k mounts
        -w /var/run/utmp -p wa -k session
        -w /var/log/wtmp -p wa -k session
        -w /var/log/btmp -p wa -k session
        -w /var/log/lastlog -p wa -k logins
        -w /var/run/faillock -p wa -k logins
        -a always,exit -F arch=b64 -S rename,unlink,unlinkat,renameat -F auid>=1000 -F auid!=unset -k delete
        -a always,exit -F arch=b32 -S rename,unlink,unlinkat,renameat -F auid>=1000 -F auid!=unset -k delete
        -w /etc/apparmor/ -p wa -k MAC-policy
        -w /etc/apparmor.d/ -p wa -k MAC-policy
        -a always,exit -F path=/usr/bin/chcon -F perm=x -F auid>=1000 -F auid!=unset -k perm_chng
        -a always,exit -F path=/usr/bin/setfacl -F perm=x -F auid>=1000 -F auid!=unset -k perm_chng
        -a always,exit -F path=/usr/bin/chacl -F perm=x -F auid>=1000 -F auid!=unset -k perm_chng
        -a always,exit -F path=/usr/sbin/usermod -F perm=x -F auid>=1000 -F auid!=unset -k usermod
        -a always,exit -F arch=b64 -S init_module,finit_module,delete_module -F auid>=1000 -F auid!=unset -k kernel_modules
        -a always,exit -F path=/usr/bin/kmod -F perm=x -F auid>=1000 -F auid!=unset -k kernel_modules

        """;

    // A unit file and the wants link that enables it (a copy stands in for the link: the builder writes files only).
    private static FixtureFile[] EnabledUnit(string name)
    {
        var unit = $"[Unit]\nDescription={name}\n[Service]\nExecStart=/usr/sbin/{name}\n[Install]\nWantedBy=multi-user.target\n";
        return [new($"/lib/systemd/system/{name}.service", unit), new($"/etc/systemd/system/multi-user.target.wants/{name}.service", unit)];
    }

    // Complete dpkg status stanzas, each ending with a blank line; the leading newline keeps them apart from part 1's.
    private static string Packages(params string[] names) =>
        "\n" + string.Concat(names.Select(n => $"Package: {n}\nStatus: install ok installed\nPriority: optional\nArchitecture: amd64\nVersion: 1.0-1\n\n"));

    // The groups of both trees; shadow has Debian's fixed gid 42, and the given user is in group sudo.
    private static string Groups(string sudoMember, string userGroup) => $"""
        root:x:0:
        daemon:x:1:
        bin:x:2:
        sys:x:3:
        adm:x:4:
        tty:x:5:
        sudo:x:27:{sudoMember}
        shadow:x:42:
        users:x:100:
        messagebus:x:107:
        systemd-network:x:998:
        sugroup:x:1001:
        {userGroup}:x:1000:
        appuser:x:4242:
        nogroup:x:65534:

        """;
}
