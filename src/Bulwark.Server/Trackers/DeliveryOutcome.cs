using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Trackers;

/// <summary>What a tracker made of one delivery: taken (maybe with the issue it became), worth another try later, or never going to work.</summary>
internal sealed record DeliveryOutcome(DeliveryOutcome.Kind Result, string? Error = null, TrackerLink? Link = null)
{
    internal enum Kind
    {
        Delivered,
        Retry,
        Dead,
    }

    public static DeliveryOutcome Done(TrackerLink? link = null) => new(Kind.Delivered, null, link);

    public static DeliveryOutcome Later(string error) => new(Kind.Retry, error);

    public static DeliveryOutcome Never(string error) => new(Kind.Dead, error);
}
