using System.Diagnostics;

namespace Bulwark.Scanners.Integrity.Tests.Support;

/// <summary>
/// A small Linux server's root tree in a temporary directory, with the files the built-in policy watches: accounts,
/// SSH keys, a systemd unit directory, cron, dpkg's status, programs and logs. Deleted on dispose.
/// </summary>
internal sealed class ServerTree : IDisposable
{
    public ServerTree()
    {
        Root = Directory.CreateTempSubdirectory("bulwark-fim-").FullName;
        Database = Path.Combine(Directory.CreateTempSubdirectory("bulwark-fim-db-").FullName, "fim.db");
        Write("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nalice:x:1000:1000:Alice:/home/alice:/bin/bash\n");
        Write("/etc/shadow", "root:$y$j9T$salt$hash:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\nalice:$y$j9T$other$hash:19000:0:99999:7:::\n", 0b110_100_000);
        Write("/etc/group", "root:x:0:\nsudo:x:27:alice\nalice:x:1000:\n");
        Write("/etc/ssh/sshd_config", "PermitRootLogin no\nPasswordAuthentication no\n");
        Write("/etc/motd", "Authorised use only.\n");
        Write("/etc/hostname", "web-1\n");
        Write("/etc/systemd/system/app.service", "[Service]\nExecStart=/usr/bin/app\n");
        Write("/etc/crontab", "SHELL=/bin/sh\n17 * * * * root cd / && run-parts --report /etc/cron.hourly\n");
        Write("/usr/bin/app", "#!/bin/sh\necho app\n", 0b111_101_101);
        Write("/usr/bin/tool", "#!/bin/sh\necho tool\n", 0b111_101_101);
        Write("/usr/sbin/sshd", "ELF sshd\n", 0b111_101_101);
        Write("/var/log/auth.log", "Nov 22 10:00:01 web-1 sshd[1]: Server listening on 0.0.0.0 port 22.\n");
        Write("/var/log/syslog", "Nov 22 10:00:00 web-1 systemd[1]: Started.\n");
        Write("/root/.ssh/authorized_keys", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl admin@laptop\n", 0b110_000_000);
        Write("/home/alice/.ssh/authorized_keys", "", 0b110_000_000);
        Write("/var/lib/dpkg/status", Stanza("bash", "5.2.15-2+b2") + Stanza("openssh-server", "1:9.2p1-2+deb12u3"));
    }

    public string Root { get; }

    public string Database { get; }

    public FimTarget Target => new(Root, Database, null);

    public string Host(string path) => Root + path;

    public void Write(string path, string content, int mode = 0b110_100_100)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Host(path))!);
        File.WriteAllText(Host(path), content);
        File.SetUnixFileMode(Host(path), (UnixFileMode)mode);
    }

    public void Append(string path, string content) => File.AppendAllText(Host(path), content);

    public void Mode(string path, int mode) => File.SetUnixFileMode(Host(path), (UnixFileMode)mode);

    public void Owner(string path, int uid, int gid) => Run("chown", "-h", $"{uid}:{gid}", Host(path));

    public void Link(string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Host(path))!);
        File.CreateSymbolicLink(Host(path), target);
    }

    public static string Stanza(string name, string version) =>
        $"Package: {name}\nStatus: install ok installed\nPriority: optional\nArchitecture: amd64\nVersion: {version}\nDescription: {name}\n\n";

    public static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: {process.StandardError.ReadToEnd()}");
    }

    public void Dispose()
    {
        Directory.Delete(Root, recursive: true);
        Directory.Delete(Path.GetDirectoryName(Database)!, recursive: true);
    }
}
