using Bulwark.Rules;
using Bulwark.Scanners.Host.Checks;
using Bulwark.Scanners.Host.Files;
using Bulwark.Scanners.Host.Model;
using Bulwark.Scanners.Host.Tests.Firewall;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host.Tests.Checks;

public sealed class ListeningCheckTests : IDisposable
{
    private const string Header = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "bulwark-listen-" + Guid.NewGuid().ToString("N")[..12]);

    public ListeningCheckTests() => Directory.CreateDirectory(Path.Combine(_root, "proc/net"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_port_open_on_every_address_fails_and_one_on_loopback_or_not_listening_passes()
    {
        Write("tcp", "   0: 0100007F:0017 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1\n"
            + "   1: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 2\n"
            + "   2: 0A00000A:1770 0B00000A:D431 01 00000000:00000000 00:00000000 00000000     0        0 3\n");
        Write("tcp6", "   0: 00000000000000000000000000000000:1770 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 4\n");
        Write("udp", "   0: 00000000:0045 00000000:0000 07 00000000:00000000 00:00000000 00000000     0        0 5\n");

        Assert.Equal(CheckStatus.Pass, Evaluate(23, "tcp").Status);   // telnet only on 127.0.0.1
        Assert.Equal(CheckStatus.Fail, Evaluate(22, "tcp").Status);   // ssh on 0.0.0.0
        var x11 = Evaluate(6000, "tcp");                               // established on v4, listening on [::]
        Assert.Equal(CheckStatus.Fail, x11.Status);
        Assert.Equal("tcp port 6000 is open on [::]", x11.Message);
        Assert.Equal(CheckStatus.Fail, Evaluate(69, "udp").Status);
        Assert.Equal(CheckStatus.Pass, Evaluate(161, "udp").Status);
    }

    [Fact]
    public void A_root_tree_has_no_open_ports_so_the_check_does_not_apply()
    {
        var check = Parse(23, "tcp");

        Assert.Equal(CheckStatus.NotApplicable, check.Evaluate(new CheckContext(RootedHostFiles.ForRoot(_root), [])).Status);
    }

    private CheckOutcome Evaluate(int port, string protocol) =>
        Parse(port, protocol).Evaluate(new CheckContext(new LiveView(RootedHostFiles.ForRoot(_root)), []));

    private static ListeningCheck Parse(int port, string protocol)
    {
        var node = YamlSource.Parse("t.yaml", $"listening: {port}\nprotocol: {protocol}\n").Value!;
        var problems = new List<ConfigProblem>();
        return ListeningCheck.Parse(YamlMap.From(node, "t.yaml", problems, "check")!)!;
    }

    private void Write(string table, string rows) => File.WriteAllText(Path.Combine(_root, "proc/net", table), Header + rows);
}
