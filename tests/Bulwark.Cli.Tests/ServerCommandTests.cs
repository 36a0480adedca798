using System.Net;
using System.Net.Sockets;

namespace Bulwark.Cli.Tests;

/// <summary><c>bulwark server</c>'s own errors: what it is told wrong is a usage error, what it cannot do is said plainly.</summary>
public sealed class ServerCommandTests
{
    [Fact]
    public void A_listen_address_that_is_not_a_url_is_a_usage_error()
    {
        var run = CliRun.Of(Path.GetTempPath(), "server", "--listen", "8080");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--listen: expected a URL", run.Error);
    }

    [Fact]
    public void A_port_already_taken_is_reported_without_a_stack_trace()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var data = Directory.CreateTempSubdirectory("bulwark-server-cli-").FullName;

        var run = CliRun.Of(data, "server", "--listen", $"http://127.0.0.1:{port}", "--data", data);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("server: cannot start", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Directory.Delete(data, recursive: true);
    }
}
