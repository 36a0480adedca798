namespace Bulwark.Server.Browser.Tests;

/// <summary>
/// Made-up but realistic findings of five products over thirty days: when each first shows up in its product's scans and
/// when (if ever) it is gone. The screenshots in docs/screenshots/ show these.
/// </summary>
internal static class Findings
{
    /// <summary>One finding and the days (0 … 29) its product's scans see it.</summary>
    internal sealed record Planted(string Product, string Scanner, string Rule, string Severity, string Title, string Message, string? Path, int Line, string? Evidence, int From, int Until = int.MaxValue)
    {
        public string Fingerprint => $"{Product}|{Rule}|{Path}";
    }

    public static readonly (string Name, string Kind, string[] Scanners)[] Products =
    [
        ("payments-api", "repository", ["iac", "packages", "secrets"]),
        ("web-frontend", "repository", ["iac", "packages", "secrets"]),
        ("registry.example.org/shop/cart", "image", ["packages"]),
        ("web-3.example.org", "host", ["host"]),
        ("db-1.example.org", "host", ["host"]),
    ];

    public static readonly Planted[] All =
    [
        new("payments-api", "secrets", "secrets/aws-access-key-id", "critical", "AWS access key ID in source", "An AWS access key ID is committed in settings.py.", "src/config/settings.py", 14, "aws_access_key_id = \"AKIA************MPLE\"", 2, 9),
        new("payments-api", "secrets", "secrets/github-pat", "critical", "GitHub personal access token in a workflow", "A classic GitHub token is written into the deploy workflow.", ".github/workflows/deploy.yml", 31, "GH_TOKEN: ghp_****************************9f2c", 24),
        new("payments-api", "iac", "iac/aws-s3-bucket-encryption", "high", "S3 bucket without server-side encryption", "aws_s3_bucket.invoices has no server_side_encryption_configuration.", "terraform/storage.tf", 12, "resource \"aws_s3_bucket\" \"invoices\" {\n  bucket = \"acme-invoices\"\n}", 0),
        new("payments-api", "iac", "iac/aws-s3-public-access-block", "high", "S3 bucket allows public ACLs", "aws_s3_bucket.exports has no public access block.", "terraform/storage.tf", 20, "block_public_acls = false", 0, 15),
        new("payments-api", "iac", "iac/aws-security-group-open-ingress", "high", "Security group allows SSH from anywhere", "aws_security_group.bastion allows 0.0.0.0/0 on port 22.", "terraform/network.tf", 44, "cidr_blocks = [\"0.0.0.0/0\"]\nfrom_port   = 22", 5),
        new("payments-api", "iac", "iac/aws-rds-backup-retention", "medium", "RDS instance keeps backups for one day", "aws_db_instance.main sets backup_retention_period = 1.", "terraform/db.tf", 8, "backup_retention_period = 1", 0),
        new("payments-api", "packages", "packages/CVE-2023-32681", "medium", "requests 2.25.1: Proxy-Authorization header leaked (CVE-2023-32681)", "Fixed in 2.31.0.", "requirements.txt", 7, null, 0, 20),
        new("payments-api", "packages", "packages/CVE-2024-35195", "medium", "requests 2.25.1: certificate checks stay off for a session (CVE-2024-35195)", "Fixed in 2.32.0.", "requirements.txt", 7, null, 0),
        new("payments-api", "packages", "packages/CVE-2024-6345", "high", "setuptools 65.5.0: code injection through package URLs (CVE-2024-6345)", "Fixed in 70.0.0.", "requirements.txt", 12, null, 12),
        new("payments-api", "iac", "iac/dockerfile-user-root", "medium", "Container runs as root", "The final stage sets no USER.", "Dockerfile", 18, "CMD [\"gunicorn\", \"app:app\"]", 0),
        new("payments-api", "iac", "iac/dockerfile-latest-tag", "low", "Base image uses the latest tag", "FROM python:latest is not reproducible.", "Dockerfile", 1, "FROM python:latest", 0),
        new("payments-api", "iac", "iac/dockerfile-healthcheck", "low", "Image has no HEALTHCHECK", "The final stage declares no HEALTHCHECK.", "Dockerfile", 18, null, 3),
        new("web-frontend", "packages", "packages/CVE-2024-4068", "high", "braces 3.0.2: memory exhaustion (CVE-2024-4068)", "Fixed in 3.0.3.", "pkg:npm/braces@3.0.2", 0, null, 0, 18),
        new("web-frontend", "packages", "packages/CVE-2024-37890", "high", "ws 8.11.0: denial of service with many HTTP headers (CVE-2024-37890)", "Fixed in 8.17.1.", "pkg:npm/ws@8.11.0", 0, null, 8),
        new("web-frontend", "packages", "packages/CVE-2024-29041", "medium", "express 4.18.2: open redirect with malformed URLs (CVE-2024-29041)", "Fixed in 4.19.2.", "pkg:npm/express@4.18.2", 0, null, 0),
        new("web-frontend", "packages", "packages/CVE-2025-27789", "medium", "@babel/runtime 7.20.0: slow regular expressions in named groups (CVE-2025-27789)", "Fixed in 7.26.10.", "pkg:npm/%40babel/runtime@7.20.0", 0, null, 20),
        new("web-frontend", "secrets", "secrets/slack-webhook", "high", "Slack webhook URL", "A Slack incoming webhook is committed.", "src/notify.ts", 9, "const hook = \"https://hooks.slack.com/services/T0000/B0000/************\"", 26),
        new("web-frontend", "iac", "iac/k8s-privileged", "critical", "Kubernetes container runs privileged", "Deployment frontend: container nginx sets privileged: true.", "deploy/k8s/frontend.yaml", 33, "securityContext:\n  privileged: true", 16),
        new("web-frontend", "iac", "iac/k8s-readonly-rootfs", "low", "Container root file system is writable", "Deployment frontend: readOnlyRootFilesystem is not set.", "deploy/k8s/frontend.yaml", 31, null, 0),
        new("web-frontend", "iac", "iac/k8s-resource-limits", "low", "Container has no memory limit", "Deployment frontend: resources.limits.memory is not set.", "deploy/k8s/frontend.yaml", 35, null, 0),
        new("registry.example.org/shop/cart", "packages", "packages/CVE-2022-37434", "critical", "zlib 1.2.13: heap overflow in inflateGetHeader (CVE-2022-37434)", "Fixed in 1:1.2.13.dfsg-1.", "pkg:deb/debian/zlib1g@1.2.11", 0, null, 0, 11),
        new("registry.example.org/shop/cart", "packages", "packages/CVE-2023-45853", "critical", "zlib: integer overflow in minizip (CVE-2023-45853)", "No fix in Debian 12 yet.", "pkg:deb/debian/zlib1g@1.2.13", 0, null, 6),
        new("registry.example.org/shop/cart", "packages", "packages/CVE-2024-45490", "critical", "expat 2.5.0: negative length to XML_ParseBuffer (CVE-2024-45490)", "Fixed in 2.5.0-1+deb12u1.", "pkg:deb/debian/libexpat1@2.5.0-1", 0, null, 21),
        new("registry.example.org/shop/cart", "packages", "packages/CVE-2024-6119", "high", "openssl 3.0.13: crash in X.509 name checks (CVE-2024-6119)", "Fixed in 3.0.14-1~deb12u2.", "pkg:deb/debian/openssl@3.0.13-1", 0, null, 4),
        new("registry.example.org/shop/cart", "packages", "packages/CVE-2023-4911", "high", "glibc 2.36: buffer overflow in the dynamic loader (CVE-2023-4911)", "Fixed in 2.36-9+deb12u3.", "pkg:deb/debian/libc6@2.36-9", 0, null, 0),
        new("registry.example.org/shop/cart", "packages", "packages/CVE-2024-28182", "medium", "nghttp2 1.52.0: unbounded CONTINUATION frames (CVE-2024-28182)", "Fixed in 1.52.0-1+deb12u2.", "pkg:deb/debian/libnghttp2-14@1.52.0-1", 0, null, 0),
        new("registry.example.org/shop/cart", "packages", "packages/CVE-2022-27943", "low", "gcc 12: stack exhaustion in the demangler (CVE-2022-27943)", "Not fixed in Debian 12.", "pkg:deb/debian/libstdc++6@12.2.0-14", 0, null, 0),
        new("registry.example.org/shop/cart", "packages", "packages/image-age", "info", "Base image is 210 days old", "Rebuild on a current base to pick up fixes.", null, 0, null, 0),
        new("web-3.example.org", "host", "host/sshd-permit-root-login", "high", "SSH allows root to log in", "PermitRootLogin is yes.", "/etc/ssh/sshd_config", 32, "PermitRootLogin yes", 0, 13),
        new("web-3.example.org", "host", "host/sshd-password-authentication", "medium", "SSH accepts passwords", "PasswordAuthentication is yes.", "/etc/ssh/sshd_config", 57, "PasswordAuthentication yes", 0),
        new("web-3.example.org", "host", "host/sysctl-ip-forward", "medium", "IP forwarding is on", "net.ipv4.ip_forward = 1 on a host that routes nothing.", "/etc/sysctl.d/99-net.conf", 3, "net.ipv4.ip_forward = 1", 0),
        new("web-3.example.org", "host", "host/auditd-installed", "high", "auditd is not installed", "Nothing records system calls for later investigation.", null, 0, null, 0),
        new("web-3.example.org", "host", "host/tmp-noexec", "low", "/tmp is mounted without noexec", "Programs can run from /tmp.", "/etc/fstab", 9, "tmpfs /tmp tmpfs defaults 0 0", 0),
        new("web-3.example.org", "host", "host/unattended-upgrades", "low", "Security updates are not installed automatically", "unattended-upgrades is not enabled.", null, 0, null, 0, 22),
        new("web-3.example.org", "host", "host/shadow-default-password", "critical", "Account deploy has a default password", "The password of deploy is one of the vendor defaults.", "/etc/shadow", 27, "deploy:$6$****:19876:0:99999:7:::", 17),
        new("db-1.example.org", "host", "host/sshd-permit-root-login", "high", "SSH allows root to log in", "PermitRootLogin is yes.", "/etc/ssh/sshd_config", 32, "PermitRootLogin yes", 0),
        new("db-1.example.org", "host", "host/postgres-listen-all", "medium", "PostgreSQL listens on all addresses", "listen_addresses = '*'.", "/etc/postgresql/15/main/postgresql.conf", 60, "listen_addresses = '*'", 0),
        new("db-1.example.org", "host", "host/firewall-default-accept", "high", "Firewall accepts incoming traffic by default", "The nftables input chain's policy is accept.", "/etc/nftables.conf", 4, "chain input { type filter hook input priority 0; policy accept; }", 10, 19),
        new("db-1.example.org", "host", "host/tmp-noexec", "low", "/tmp is mounted without noexec", "Programs can run from /tmp.", "/etc/fstab", 11, "tmpfs /tmp tmpfs defaults 0 0", 0),
    ];

    /// <summary>People's judgements: on which day, of which finding (product and rule), to what, and why.</summary>
    public static readonly (int Day, string Product, string Rule, string State, string Reason)[] Judgements =
    [
        (6, "web-frontend", "iac/k8s-readonly-rootfs", "risk-accepted", "A read-only root breaks the asset build; tracked in WEB-412"),
        (10, "payments-api", "iac/dockerfile-latest-tag", "false-positive", "The build pins the base image by digest; the tag is never pulled"),
        (14, "registry.example.org/shop/cart", "packages/CVE-2022-27943", "false-positive", "The demangler is not reachable: the image runs no C++ tool"),
        (18, "web-3.example.org", "host/sshd-password-authentication", "confirmed", "Reproduced with ssh -o PreferredAuthentications=password"),
        (27, "payments-api", "iac/aws-security-group-open-ingress", "confirmed", "Bastion rule: restrict it to the VPN range (NET-88)"),
    ];
}
