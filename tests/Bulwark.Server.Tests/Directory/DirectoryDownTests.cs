using System.Net;
using Bulwark.Server.Directories;

namespace Bulwark.Server.Tests.Directories;

/// <summary>A directory that does not answer: people are told so plainly, and it does not count against their address.</summary>
public sealed class DirectoryDownTests
{
    [Fact]
    public async Task A_directory_that_does_not_answer_gets_a_503_that_says_so_and_is_not_throttled()
    {
        // Nothing listens on port 1 of the loopback: the connection is refused at once.
        var config = DirectoryConfig.Parse("""
            { "directory": { "url": "ldap://127.0.0.1:1", "base": "dc=example,dc=org", "timeoutSeconds": 2 },
              "roles": { "viewer": ["staff"] } }
            """, "directory.json", Path.GetTempPath());
        Assert.True(config.Succeeded, string.Join("; ", config.Problems));
        await using var server = await RunningServer.StartAsync(signInDirectory: config.Value);
        using var browser = new UiClient(server);

        var answers = new List<HttpStatusCode>();
        string last = "";
        for (var i = 0; i < 6; i++)
        {
            using var response = await browser.SignInAsUserAsync("alice", "whatever it is");
            answers.Add(response.StatusCode);
            last = await response.Content.ReadAsStringAsync();
        }

        // Six tries, more than the five failures that lock an address out: none of them counted.
        Assert.All(answers, status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
        Assert.Contains("The directory cannot be asked just now", last);
    }
}
