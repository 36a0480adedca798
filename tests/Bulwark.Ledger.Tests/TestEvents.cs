using System.Text.Json;
using Bulwark.Ledger.Events;

namespace Bulwark.Ledger.Tests;

/// <summary>Builds test events.</summary>
internal static class TestEvents
{
    public static readonly DateTimeOffset Start = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    public static LedgerEvent Make(int n, string action = "ignore.added") => new()
    {
        Actor = new Actor(n % 2 == 0 ? "alice" : "svc-ci", n % 2 == 0 ? "user" : "service", n % 2 == 0 ? "ldap" : "api-token"),
        Action = action,
        Subject = $"finding/{n:D6}",
        Reason = $"reviewed in change {n}",
        Time = Start.AddSeconds(n),
        Host = "build-01",
        Payload = JsonDocument.Parse($$"""{"n":{{n}},"tags":["a","b"]}""").RootElement.Clone(),
    };
}
