namespace Bulwark.Server.Trackers;

/// <summary>
/// A token or signing key read from the environment. It prints as <c>[redacted]</c>, so it cannot reach a log or an
/// error message by being formatted; <see cref="Redact"/> takes it out of text that came from elsewhere.
/// </summary>
internal sealed class Secret(string value)
{
    public const string Hidden = "[redacted]";

    public string Value { get; } = value;

    /// <summary><paramref name="text"/> with every occurrence of the secret (and of its Basic-auth form) replaced.</summary>
    public string Redact(string text, string? basicUser = null)
    {
        var redacted = text.Replace(Value, Hidden, StringComparison.Ordinal);
        return basicUser is null ? redacted : redacted.Replace(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{basicUser}:{Value}")), Hidden, StringComparison.Ordinal);
    }

    public override string ToString() => Hidden;
}
