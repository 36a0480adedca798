using Bulwark.Rules;
using Bulwark.Engine.Config;
using Bulwark.Sdk;

namespace Bulwark.Engine.Suppressions;

/// <summary>
/// The suppressions in force for a scan: the ignore file's fingerprints and the config's entries. Entries past
/// their expiry date no longer suppress and are listed in <see cref="Expired"/> so the report can say so.
/// </summary>
public sealed class SuppressionSet
{
    private readonly Dictionary<string, IgnoreEntry> _byFingerprint = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(ConfigSuppression Entry, PathGlob? Path)> _config = [];

    /// <summary>Splits the entries into those in force on <paramref name="today"/> and those expired.</summary>
    public SuppressionSet(IReadOnlyList<IgnoreEntry> ignoreFile, IReadOnlyList<ConfigSuppression> config, DateOnly today)
    {
        var expired = new List<ExpiredSuppression>();
        foreach (var entry in ignoreFile)
        {
            if (entry.Expires is { } date && date < today)
            {
                expired.Add(new ExpiredSuppression(entry.Fingerprint, entry.Source, entry.Reason, date));
            }
            else
            {
                _byFingerprint.TryAdd(entry.Fingerprint, entry);
            }
        }

        foreach (var entry in config)
        {
            if (entry.Expires is { } date && date < today)
            {
                expired.Add(new ExpiredSuppression(entry.Fingerprint ?? Describe(entry), entry.Source, entry.Reason, date));
            }
            else
            {
                _config.Add((entry, entry.Path is null ? null : PathGlob.Parse(entry.Path)));
            }
        }

        Expired = expired;
    }

    /// <summary>Suppressions past their date.</summary>
    public IReadOnlyList<ExpiredSuppression> Expired { get; }

    /// <summary>The suppression covering <paramref name="finding"/>, or null when it stays active.</summary>
    public SuppressedFinding? Find(Finding finding)
    {
        if (_byFingerprint.TryGetValue(finding.Fingerprint, out var entry))
        {
            return new SuppressedFinding(finding, "ignore-file", entry.Reason) { Source = entry.Source, Expires = entry.Expires };
        }

        foreach (var (config, path) in _config)
        {
            var matches = (config.Fingerprint is null || string.Equals(config.Fingerprint, finding.Fingerprint, StringComparison.OrdinalIgnoreCase))
                && (config.RuleId is null || config.RuleId == finding.RuleId)
                && (path is null || path.IsMatch(finding.Location.Path));
            if (matches)
            {
                return new SuppressedFinding(finding, "config", config.Reason) { Source = config.Source, Expires = config.Expires };
            }
        }

        return null;
    }

    private static string Describe(ConfigSuppression entry) =>
        string.Join(" ", new[] { entry.RuleId is null ? null : "rule " + entry.RuleId, entry.Path is null ? null : "path " + entry.Path }.OfType<string>());
}
