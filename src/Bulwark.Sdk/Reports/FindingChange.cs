namespace Bulwark.Sdk;

/// <summary>
/// What a finding about a change on a system means (the integrity room's findings carry one): its kind, such as
/// <c>log-shrunk</c> or <c>new-user</c>, and the details. The JSON report lists these as its <c>changes</c>.
/// </summary>
public sealed record FindingChange
{
    /// <summary>The kind of change in kebab case (<c>modified</c>, <c>new-suid</c>, <c>package-installed</c>).</summary>
    public required string Kind { get; init; }

    /// <summary>The facts that say what changed, in a stable order.</summary>
    public IReadOnlyList<ChangeDetail> Details { get; init; } = [];
}
