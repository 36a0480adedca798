namespace Bulwark.Ledger.Shipping;

/// <summary>
/// What a target needs besides its address: a private CA to trust, and the HEC token or webhook secret (from the
/// options or the environment). A class, not a record, so that printing it can never print a secret.
/// </summary>
public sealed class ShipTargetOptions
{
    /// <summary>The environment variable read for the Splunk HEC token when none is given.</summary>
    public const string HecTokenVariable = "BULWARK_HEC_TOKEN";

    /// <summary>The environment variable read for the webhook's HMAC secret when none is given.</summary>
    public const string WebhookSecretVariable = "BULWARK_WEBHOOK_SECRET";

    /// <summary>A PEM file of CA certificates to trust instead of the system's (<c>--ca</c>); host names are still checked.</summary>
    public string? CaFile { get; init; }

    /// <summary>The Splunk HEC token; a secret, never written to the cursor or to messages.</summary>
    public string? HecToken { get; init; }

    /// <summary>The webhook's HMAC-SHA256 secret; never written anywhere.</summary>
    public string? WebhookSecret { get; init; }

    /// <summary>How long one connect, write or request may take before it counts as a failed attempt.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Reads an environment variable; replaceable so tests need not touch the process environment.</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>The clock for the webhook's timestamp header.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <inheritdoc />
    public override string ToString() => $"ca={CaFile ?? "(system)"}, timeout={Timeout}";
}
