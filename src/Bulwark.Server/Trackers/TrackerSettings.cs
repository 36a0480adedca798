using Bulwark.Server.Store.Model;

namespace Bulwark.Server.Trackers;

/// <summary>One tracker of the trackers file, checked: where it is, how to sign in, which findings it takes and how they look there.</summary>
/// <param name="Name">Unique; names the tracker in the queue, the links and the actor (<c>tracker:NAME</c>).</param>
/// <param name="Kind">JIRA, GitHub or a webhook.</param>
/// <param name="Url">The tracker's base URL (JIRA site, GitHub API, or the webhook's address).</param>
/// <param name="ApiVersion">JIRA's REST API version: 2 (plain-text descriptions) or 3 (Atlassian Document Format).</param>
/// <param name="Project">The JIRA project key.</param>
/// <param name="IssueType">The JIRA issue type new issues get (<c>Bug</c> unless configured).</param>
/// <param name="Repository">The GitHub repository, <c>owner/name</c>.</param>
/// <param name="User">JIRA Cloud's account e-mail for Basic sign-in with an API token; null for a bearer token (Data Center PAT, GitHub).</param>
/// <param name="Secret">The token, or the webhook's signing key.</param>
/// <param name="MinSeverity">Findings at or above this severity (0 info … 4 critical) are pushed.</param>
/// <param name="Products">Which products' findings are pushed.</param>
/// <param name="Priorities">JIRA priority name per severity; a severity without one leaves JIRA's default.</param>
/// <param name="Labels">Labels every issue gets, besides Bulwark's own.</param>
/// <param name="Transitions">JIRA transition name per action (<c>fixed</c>, <c>risk-accepted</c>, <c>false-positive</c>, <c>reopened</c>).</param>
/// <param name="PullInterval">How often JIRA is asked for the linked issues' statuses; null for never.</param>
/// <param name="Statuses">JIRA status name (any case) → the Bulwark state it applies; only safe ones are accepted.</param>
internal sealed record TrackerSettings(
    string Name,
    TrackerKind Kind,
    Uri Url,
    int ApiVersion,
    string? Project,
    string IssueType,
    string? Repository,
    string? User,
    Secret Secret,
    int MinSeverity,
    ProductMatch Products,
    IReadOnlyDictionary<int, string> Priorities,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, string> Transitions,
    TimeSpan? PullInterval,
    IReadOnlyDictionary<string, FindingState> Statuses)
{
    /// <summary>Who a change the tracker caused is recorded as.</summary>
    public string Actor => $"tracker:{Name}";
}
