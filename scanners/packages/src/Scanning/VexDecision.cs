using Bulwark.Scanners.Packages.Matching;
using Bulwark.Scanners.Packages.Sbom;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Packages.Scanning;

/// <summary>
/// Which VEX statement, if any, settles a match: one about any of the vulnerability's ids (or aliases) and a
/// product purl that covers the package, with status not_affected or fixed. A later statement about the same
/// vulnerability and product overrides an earlier one, as VEX documents are meant to be read.
/// </summary>
public static class VexDecision
{
    /// <summary>The suppression kind of findings a VEX statement settled.</summary>
    public const string SuppressionKind = "vex";

    /// <summary>The finding property holding the statement's status (<c>not_affected</c>, <c>fixed</c>).</summary>
    public const string StatusProperty = "vexStatus";

    /// <summary>The finding property holding the statement's justification, when it gives one.</summary>
    public const string JustificationProperty = "vexJustification";

    /// <summary>The finding property holding the statement's impact statement or detail, when it gives one.</summary>
    public const string DetailProperty = "vexDetail";

    /// <summary>The finding as a VEX statement settled it: the statement's status, justification and detail added to its properties.</summary>
    public static SuppressedFinding Suppress(Finding finding, VexStatement statement)
    {
        var properties = new Dictionary<string, string>(finding.Properties)
        {
            [StatusProperty] = statement.Status == VexStatus.Fixed ? "fixed" : "not_affected",
        };
        if (statement.Justification is { Length: > 0 } justification)
        {
            properties[JustificationProperty] = justification;
        }

        if (statement.Detail is { Length: > 0 } detail)
        {
            properties[DetailProperty] = detail;
        }

        return new SuppressedFinding(finding with { Properties = properties }, SuppressionKind, Reason(statement)) { Source = $"{statement.File}:{statement.Line}" };
    }

    /// <summary>The statement that suppresses <paramref name="match"/>, or null when it stays reported.</summary>
    public static VexStatement? For(VulnerabilityMatch match, IReadOnlyList<VexStatement> statements)
    {
        var ids = match.Ids.ToHashSet(StringComparer.OrdinalIgnoreCase);
        VexStatement? last = null;
        foreach (var statement in statements)
        {
            if ((ids.Contains(statement.VulnerabilityId) || statement.Aliases.Any(ids.Contains)) && statement.AppliesTo(match.Package.Purl))
            {
                last = statement;
            }
        }

        return last is { Status: VexStatus.NotAffected or VexStatus.Fixed } ? last : null;
    }

    /// <summary>The reason shown with the suppressed finding: the status and the justification.</summary>
    public static string Reason(VexStatement statement)
    {
        var status = statement.Status == VexStatus.NotAffected ? "not affected" : "fixed";
        var why = statement.Justification is { Length: > 0 } justification ? $" ({justification.Replace('_', ' ')})" : "";
        var detail = statement.Detail is { Length: > 0 } text ? $": {text}" : "";
        return $"VEX says {status}{why}{detail}";
    }
}
