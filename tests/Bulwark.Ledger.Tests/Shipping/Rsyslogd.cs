using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Bulwark.Ledger.Shipping;

namespace Bulwark.Ledger.Tests.Shipping;

/// <summary>
/// A private rsyslogd in the foreground: imtcp (plain, or gtls with the given certificate) on a free loopback port,
/// writing every message with <c>template</c> to <see cref="Output"/>. Stopping is a SIGTERM, so rsyslog flushes.
/// </summary>
internal sealed class Rsyslogd : IDisposable
{
    public const string Binary = "/usr/sbin/rsyslogd";
    private readonly string _dir;
    private readonly string _template;
    private readonly TestCertificates? _tls;
    private readonly StringBuilder _errors = new();
    private Process? _process;

    private Rsyslogd(string dir, string template, TestCertificates? tls)
    {
        _dir = dir;
        _template = template;
        _tls = tls;
        Port = FreePort();
    }

    public int Port { get; }

    public string Output => Path.Combine(_dir, "received.log");

    public static Rsyslogd Start(string dir, string template = "%rawmsg%", TestCertificates? tls = null)
    {
        var daemon = new Rsyslogd(dir, template, tls);
        daemon.Start();
        return daemon;
    }

    public void Start()
    {
        var config = Path.Combine(_dir, "rsyslog.conf");
        File.WriteAllText(config, Config());
        var start = new ProcessStartInfo(Binary, ["-n", "-f", config, "-i", Path.Combine(_dir, "rsyslogd.pid")]) { RedirectStandardError = true, RedirectStandardOutput = true };
        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, e) => { lock (_errors) { _errors.AppendLine(e.Data); } };
        _process.OutputDataReceived += (_, e) => { lock (_errors) { _errors.AppendLine(e.Data); } };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        WaitUntilListening();
    }

    /// <summary>SIGTERM, then wait: rsyslog writes out what it has received before it exits.</summary>
    public void Stop()
    {
        if (_process is null || _process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        if (!_process.WaitForExit(10_000))
        {
            _process.Kill();
        }

        _process.Dispose();
        _process = null;
    }

    /// <summary>The shipped lines in the output once there are at least <paramref name="count"/>; fails after 10 s.</summary>
    public IReadOnlyList<string> WaitForMessages(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var lines = File.Exists(Output) ? File.ReadAllLines(Output).Where(l => l.Contains(WireFormat.Prefix, StringComparison.Ordinal)).ToList() : [];
            if (lines.Count >= count)
            {
                return lines;
            }

            Assert.True(DateTime.UtcNow < deadline, $"rsyslog wrote {lines.Count} of {count} messages in 10 s; its output: {Errors()}");
            Thread.Sleep(50);
        }
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit(5_000);
        }

        _process?.Dispose();
    }

    private string Errors()
    {
        lock (_errors)
        {
            return _errors.ToString();
        }
    }

    private string Config()
    {
        var global = $"workDirectory=\"{_dir}\" maxMessageSize=\"64k\"";
        var module = "module(load=\"imtcp\")";
        if (_tls is { } tls)
        {
            global += $" DefaultNetstreamDriver=\"gtls\" DefaultNetstreamDriverCAFile=\"{tls.CaFile}\" DefaultNetstreamDriverCertFile=\"{tls.CertFile}\" DefaultNetstreamDriverKeyFile=\"{tls.KeyFile}\"";
            module = "module(load=\"imtcp\" StreamDriver.Name=\"gtls\" StreamDriver.Mode=\"1\" StreamDriver.AuthMode=\"anon\")";
        }

        return $"""
            global({global})
            {module}
            template(name="shipped" type="string" string="{_template}\n")
            ruleset(name="shipped") {"{"} action(type="omfile" file="{Output}" template="shipped") {"}"}
            input(type="imtcp" port="{Port}" address="127.0.0.1" ruleset="shipped")

            """;
    }

    private void WaitUntilListening()
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            Assert.False(_process!.HasExited, $"rsyslogd exited with {(_process.HasExited ? _process.ExitCode : 0)}: {Errors()}");
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
