namespace Bulwark.Ledger.Shipping;

/// <summary>What a target made of one batch: acknowledged, or a failure that is worth retrying or not.</summary>
public sealed record SendResult
{
    private SendResult(string? failure, bool transient)
    {
        Failure = failure;
        Transient = transient;
    }

    /// <summary>The batch was acknowledged.</summary>
    public static SendResult Acknowledged { get; } = new(null, false);

    /// <summary>Why the batch was not acknowledged; null when it was.</summary>
    public string? Failure { get; }

    /// <summary>Whether trying again may succeed (a refused connection, HTTP 503), as opposed to a refusal that will repeat (a bad token).</summary>
    public bool Transient { get; }

    /// <summary>True when the receiver has the batch.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>A failure that may pass: the shipper backs off and tries again.</summary>
    public static SendResult Retry(string why) => new(why, transient: true);

    /// <summary>A failure that will repeat: the shipper stops at once.</summary>
    public static SendResult Refused(string why) => new(why, transient: false);
}
