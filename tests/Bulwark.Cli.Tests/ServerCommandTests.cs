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
    public void The_local_administrator_is_made_once_from_standard_input_and_disabled()
    {
        var data = Directory.CreateTempSubdirectory("bulwark-server-admin-").FullName;

        var made = CliRun.WithInput(data, "a long enough password\n", "server", "admin", "create", "--name", "ops", "--password-stdin", "--data", data);
        var again = CliRun.WithInput(data, "another long password\n", "server", "admin", "create", "--name", "ops2", "--password-stdin", "--data", data);
        var disabled = CliRun.Of(data, "server", "admin", "disable", "--data", data);
        var nothing = CliRun.Of(data, "server", "admin", "disable", "--data", data);

        Assert.Equal(0, made.ExitCode);
        Assert.Contains("local administrator ops made", made.Output);
        Assert.DoesNotContain("a long enough password", made.Output);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("there is a local administrator already (ops)", again.Error);
        Assert.Equal(0, disabled.ExitCode);
        Assert.Contains("local administrator ops removed", disabled.Output);
        Assert.Contains("nothing to disable", nothing.Output);
    }

    [Fact]
    public void Without_a_password_on_standard_input_one_is_made_and_shown_once()
    {
        var data = Directory.CreateTempSubdirectory("bulwark-server-admin-").FullName;

        var made = CliRun.Of(data, "server", "admin", "create", "--data", data);
        var tooShort = CliRun.WithInput(data, "short\n", "server", "admin", "create", "--password-stdin", "--data", Directory.CreateTempSubdirectory("bulwark-server-admin-").FullName);

        Assert.Equal(0, made.ExitCode);
        Assert.Matches("password \\(shown once, stored only as a PBKDF2 hash\\): [A-Za-z0-9_-]{24}", made.Output);
        Assert.Equal(2, tooShort.ExitCode);
        Assert.Contains("at least 12 characters", tooShort.Error);
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
    public async Task Passwords_typed_at_sign_in_reach_neither_the_log_nor_the_database_nor_the_ledger()
    {
        const string Right = "the right password 1";
        const string Wrong = "a wrong password 2";
        var data = Directory.CreateTempSubdirectory("bulwark-server-secrets-").FullName;
        var ledger = Path.Combine(data, "audit.ledger");
        Assert.Equal(0, CliRun.Of(data, "ledger", "init", "--ledger", ledger, "--origin", "bulwark.test/secrets").ExitCode);
        Assert.Equal(0, CliRun.WithInput(data, Right + "\n", "server", "admin", "create", "--name", "ops", "--password-stdin", "--data", data, "--ledger", ledger).ExitCode);
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { typeof(BulwarkCli).Assembly.Location, "server", "--listen", $"http://127.0.0.1:{port}", "--data", data, "--ledger", ledger })
        {
            start.ArgumentList.Add(argument);
        }

        using var server = Process.Start(start)!;
        var log = new StringBuilder();
        var errors = server.StandardError.ReadToEndAsync();
        string? line;
        while ((line = await server.StandardOutput.ReadLineAsync()) is not null && !line.Contains("listening on", StringComparison.Ordinal))
        {
            log.AppendLine(line);
        }

        var rest = server.StandardOutput.ReadToEndAsync();
        var cookies = new CookieContainer();
        using (var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") })
        {
            foreach (var (password, expected) in new[] { (Wrong, HttpStatusCode.BadRequest), (Right, HttpStatusCode.Redirect) })
            {
                var form = await client.GetStringAsync("/ui/login");
                var csrf = Regex.Match(form, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
                using var signIn = await client.PostAsync("/ui/login", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = csrf, ["user"] = "ops", ["password"] = password,
                }));
                Assert.Equal(expected, signIn.StatusCode);
            }
        }

        using (var kill = Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        Assert.True(server.WaitForExit(TimeSpan.FromSeconds(20)), "bulwark server did not stop on SIGTERM");
        log.Append(await rest).Append(await errors);
        var everything = log + string.Concat(Directory.EnumerateFiles(data).Select(f => Encoding.Latin1.GetString(File.ReadAllBytes(f))));

        Assert.Contains("UI sign-in of the local administrator ops", log.ToString()); // the log has the sign-ins…
        Assert.DoesNotContain(Right, everything);                                        // …and no password, anywhere
        Assert.DoesNotContain(Wrong, everything);
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
    public void A_wrong_trackers_file_is_a_usage_error_naming_the_file_the_line_or_the_key()
    {
        var data = Directory.CreateTempSubdirectory("bulwark-server-cli-").FullName;
        File.WriteAllText(Path.Combine(data, "broken.json"), "{\n  \"publicUrl\": \"https://bulwark.example.org\",\n  \"trackers\": [ { \"name\": \"jira\" ]\n}");
        File.WriteAllText(Path.Combine(data, "trackers.json"), """
            { "publicUrl": "https://bulwark.example.org",
              "trackers": [ { "name": "jira", "kind": "jira", "url": "https://example.atlassian.net", "tokenEnv": "BULWARK_TEST_UNSET_JIRA_TOKEN", "statuses": { "Won't Do": "risk-accepted" } } ] }
            """);

        var broken = CliRun.Of(data, "server", "--listen", "http://127.0.0.1:0", "--data", data, "--trackers", "broken.json");
        var wrong = CliRun.Of(data, "server", "--listen", "http://127.0.0.1:0", "--data", data, "--trackers", "trackers.json");

        Assert.Equal(2, broken.ExitCode);
        Assert.Contains("broken.json:3: not valid JSON", broken.Error);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("trackers.json: trackers[0].project: is missing", wrong.Error);
        Assert.Contains("trackers[0].tokenEnv: the environment variable BULWARK_TEST_UNSET_JIRA_TOKEN is not set", wrong.Error);
        Assert.Contains("trackers[0].statuses.Won't Do: only 'confirmed' may be applied", wrong.Error);
        Assert.DoesNotContain("listening", broken.Output + wrong.Output);
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
