namespace Bulwark.Server.Store.Model;

/// <summary>Where a change request stands. Only <see cref="Pending"/> takes decisions; every other state is final.</summary>
internal enum ChangeState
{
    /// <summary>Waiting for approvals (or a rejection, a cancellation, its expiry).</summary>
    Pending,

    /// <summary>Approved, with nothing for the server to apply (a pipeline's deploy): the decision is all there is.</summary>
    Approved,

    /// <summary>Approved and applied on the server in the same transaction.</summary>
    Applied,

    /// <summary>Someone with the approver role said no.</summary>
    Rejected,

    /// <summary>Not decided before it expired.</summary>
    Expired,

    /// <summary>Withdrawn by the person who asked.</summary>
    Cancelled,
}
