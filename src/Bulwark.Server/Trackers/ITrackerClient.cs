using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Trackers;

/// <summary>Sends one delivery to one kind of tracker.</summary>
internal interface ITrackerClient
{
    /// <param name="delivery">What to send; <see cref="TrackerDelivery.Attempts"/> says whether it was tried before.</param>
    /// <param name="payload">The finding and event it carries.</param>
    /// <param name="link">The finding's issue in this tracker, once made.</param>
    /// <param name="cancellationToken">Stops the call (the server is stopping).</param>
    Task<DeliveryOutcome> DeliverAsync(TrackerDelivery delivery, FindingEvent payload, TrackerLink? link, CancellationToken cancellationToken);
}
