using Bulwark.Ledger.Events;

namespace Bulwark.Cli.Commands.Ledger;

/// <summary>Who is acting when a command does not say: <c>BULWARK_ACTOR</c>, else the operating-system user.</summary>
public static class ActorDefaults
{
    /// <summary>The actor for this process, or the one given.</summary>
    public static Actor Resolve(string? id, string? kind, string? auth)
    {
        if (id is not null)
        {
            return new Actor(id, kind ?? "user", auth ?? "unspecified");
        }

        if (Environment.GetEnvironmentVariable("BULWARK_ACTOR") is { Length: > 0 } configured)
        {
            return new Actor(configured, kind ?? "user", auth ?? "environment");
        }

        return new Actor(Environment.UserName, kind ?? "user", auth ?? "local-os-user");
    }

    /// <summary>This machine's name, as entries record it.</summary>
    public static string Host => Environment.MachineName;
}
