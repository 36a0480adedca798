using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

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
    public async Task The_server_stops_on_sigterm_after_serving_requests()
    {
        var data = Directory.CreateTempSubdirectory("bulwark-server-signal-").FullName;
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { typeof(BulwarkCli).Assembly.Location, "server", "--listen", $"http://127.0.0.1:{port}", "--data", data })
        {
            start.ArgumentList.Add(argument);
        }

        using var server = Process.Start(start)!;
        var output = new StringBuilder();
        string? line;
        while ((line = await server.StandardOutput.ReadLineAsync()) is not null && !line.Contains("listening on", StringComparison.Ordinal))
        {
            output.AppendLine(line);
        }

        var token = Regex.Match(output.ToString(), "bwk_[A-Za-z0-9_-]{43}").Value;
        using (var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") })
        {
            // Kept-alive connections and finished requests must not hold the server up.
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            for (var i = 0; i < 5; i++)
            {
                using var response = await client.GetAsync("/api/v1/findings");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        using (var kill = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        var stopped = server.WaitForExit(TimeSpan.FromSeconds(20));
        if (!stopped)
        {
            server.Kill();
        }

        Assert.True(stopped, "bulwark server did not stop on SIGTERM");
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public void A_wrong_directory_file_is_a_usage_error_naming_the_file_and_the_key()
    {
        var data = Directory.CreateTempSubdirectory("bulwark-server-cli-").FullName;
        File.WriteAllText(Path.Combine(data, "directory.json"), """{ "directory": { "url": "ldap://ipa.example.org", "base": "dc=example,dc=org", "startTls": false }, "roles": { "viewer": ["staff"] } }""");

        var run = CliRun.Of(data, "server", "--listen", "http://127.0.0.1:0", "--data", data, "--directory", "directory.json");
        var missing = CliRun.Of(data, "server", "--listen", "http://127.0.0.1:0", "--data", data, "--directory", "nowhere.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("directory.json: directory.startTls", run.Error);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nowhere.json", missing.Error);
        Assert.DoesNotContain("listening", run.Output + missing.Output);
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public void A_four_eye_file_that_would_switch_the_rule_off_is_a_usage_error()
    {
        var data = Directory.CreateTempSubdirectory("bulwark-server-cli-").FullName;
        File.WriteAllText(Path.Combine(data, "four-eye.json"), """{ "approvals": { "deploy": 0 } }""");

        var run = CliRun.Of(data, "server", "--listen", "http://127.0.0.1:0", "--data", data, "--four-eye", "four-eye.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("four-eye.json: approvals.deploy: a whole number from 1 to 10 (the four-eye rule cannot be switched off)", run.Error);
        Assert.DoesNotContain("listening", run.Output);
        Directory.Delete(data, recursive: true);
    }

    [Fact]
    public void A_missing_ledger_stops_the_start_with_how_to_make_one()
    {
        var data = Directory.CreateTempSubdirectory("bulwark-server-cli-").FullName;

        var run = CliRun.Of(data, "server", "--listen", "http://127.0.0.1:0", "--data", data, "--ledger", "audit.ledger");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("--ledger", run.Error);
        Assert.Contains("bulwark ledger init", run.Error);
        Directory.Delete(data, recursive: true);
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
