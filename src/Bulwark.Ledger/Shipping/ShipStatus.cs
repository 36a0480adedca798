namespace Bulwark.Ledger.Shipping;

/// <summary>How a shipping run ended.</summary>
public enum ShipStatus
{
    /// <summary>Everything committed was acknowledged.</summary>
    Done,

    /// <summary>Nothing was sent because the setup is wrong (no ledger, a cursor for another target or ledger): the user must act.</summary>
    Refused,

    /// <summary>Delivery failed after the retries, or the receiver refused it; the cursor still marks the last acknowledged batch.</summary>
    GaveUp,
}
