namespace Bulwark.Server.Trackers;

/// <summary>Where a delivery is: waiting (or being retried), taken by the tracker, or given up.</summary>
internal static class DeliveryStates
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Dead = "dead";

    public static readonly string[] All = [Pending, Delivered, Dead];

    /// <summary>The action that makes the issue; every other action is the state the finding moved to.</summary>
    public const string Create = "create";
}
