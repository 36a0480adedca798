using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Bulwark.Scanners.Detection.Engine;
using Bulwark.Scanners.Detection.Live;
using Bulwark.Scanners.Detection.Pipelines;
using Bulwark.Scanners.Detection.Sigma.Compiling;
using Bulwark.Scanners.Detection.Sigma.Loading;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Detection.Tests.Live;

/// <summary>Live detection: a followed log across rotation, and syslog received over UDP and TCP, through one engine.</summary>
public sealed class LiveDetectionTests : IDisposable
{
    private const string Rules = """
        title: Failed SSH password
        id: 7d0c1a2b-0000-4000-8000-000000000001
        level: medium
        logsource: { product: linux, service: sshd }
        detection:
          keywords: ['Failed password']
          condition: keywords
        """;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string _directory = Directory.CreateTempSubdirectory("bulwark-live-").FullName;
    private readonly BlockingCollection<DetectionResult> _seen = [];
    private readonly CancellationTokenSource _stop = new();
    private Task? _running;

    public void Dispose()
    {
        _stop.Cancel();
        _running?.Wait(Patience);
        _stop.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void A_followed_log_raises_detections_for_new_lines_also_after_it_was_rotated()
    {
        var log = Path.Combine(_directory, "auth.log");
        File.WriteAllText(log, Line(1, "Failed password for root from 203.0.113.1 port 1 ssh2"));
        Start([log], []);

        File.AppendAllText(log, Line(2, "Failed password for admin from 203.0.113.2 port 2 ssh2"));
        var before = Take();
        File.Move(log, log + ".1");
        File.WriteAllText(log, Line(3, "Accepted publickey for alice from 10.0.0.5 port 3 ssh2") + Line(4, "Failed password for oracle from 203.0.113.4 port 4 ssh2"));
        var after = Take();

        Assert.Equal((log, 2L), (before.Events[0].Source, before.Events[0].Line));
        Assert.Equal((log, 2L), (after.Events[0].Source, after.Events[0].Line));
        Assert.Contains("oracle", after.Events[0].Raw, StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_that_is_empty_when_following_begins_takes_its_format_from_its_first_line()
    {
        var log = Path.Combine(_directory, "secure");
        File.WriteAllText(log, "");
        Start([log], []);

        File.AppendAllText(log, Line(7, "Failed password for root from 203.0.113.7 port 7 ssh2"));

        Assert.Equal("authlog", Take().Events[0].Format);
    }

    [Fact]
    public void Syslog_over_udp_and_tcp_is_received_and_a_malformed_flood_does_not_stop_it()
    {
        var (udp, _) = SyslogListener.Bind("udp://127.0.0.1:0");
        var (tcp, _) = SyslogListener.Bind("tcp://127.0.0.1:0");
        Start([], [udp!, tcp!]);

        using (var client = new UdpClient())
        {
            var target = (IPEndPoint)udp!.Socket.LocalEndPoint!;
            var garbage = new byte[1500];
            new Random(7).NextBytes(garbage);
            for (var i = 0; i < 2000; i++)
            {
                client.Send(garbage, garbage.Length, target);
            }

            var message = Encoding.UTF8.GetBytes("<38>" + Line(5, "Failed password for root from 198.51.100.9 port 5 ssh2").TrimEnd('\n'));
            client.Send(message, message.Length, target);
        }

        Assert.Contains("198.51.100.9", Take().Events[0].Raw, StringComparison.Ordinal);

        using (var client = new TcpClient())
        {
            client.Connect((IPEndPoint)tcp!.Socket.LocalEndPoint!);
            var framed = "<38>" + Line(6, "Failed password for admin from 198.51.100.10 port 6 ssh2").TrimEnd('\n');
            var bytes = Encoding.UTF8.GetBytes($"{Encoding.UTF8.GetByteCount(framed)} {framed}");
            client.GetStream().Write(bytes);
        }

        Assert.Contains("198.51.100.10", Take().Events[0].Raw, StringComparison.Ordinal);
    }

    private void Start(IReadOnlyList<string> follow, IReadOnlyList<SyslogListener> listeners)
    {
        var loaded = SigmaLoader.LoadTexts([("rules.yml", Rules)]);
        var (compiled, _) = SigmaCompiler.CompileAll(loaded.Rules);
        var engine = new DetectionEngine(compiled, loaded.Correlations, PipelineLoader.BuiltIn(), new List<ConfigProblem>());
        var live = new LiveDetection(engine, null, TimeSpan.FromMilliseconds(20));
        using var ready = new ManualResetEventSlim();
        live.Ready += ready.Set;
        _running = Task.Run(() => live.Run(follow, listeners, _seen.Add, _stop.Token));
        Assert.True(ready.Wait(Patience), "the live sources did not start");
    }

    private DetectionResult Take()
    {
        Assert.True(_seen.TryTake(out var result, Patience), "no detection arrived");
        return result!;
    }

    private static string Line(int second, string message) => $"Nov 22 10:00:{second:00} web-1 sshd[{100 + second}]: {message}\n";
}
