namespace Bulwark.Server.Trackers;

/// <summary>The trackers findings can be pushed to.</summary>
internal enum TrackerKind
{
    Jira,
    GitHub,
    Webhook,
}
