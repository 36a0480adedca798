namespace Bulwark.Scanners.Host.Auditing;

/// <summary>How a section (or the whole benchmark) did: passes out of the checks that could be decided.</summary>
/// <param name="Section">The section id, or empty for the whole benchmark.</param>
/// <param name="Title">The section's title.</param>
/// <param name="Passed">Checks passed.</param>
/// <param name="Failed">Checks failed.</param>
/// <param name="NotApplicable">Checks that did not apply.</param>
/// <param name="Errors">Checks that could not be decided.</param>
public sealed record SectionScore(string Section, string Title, int Passed, int Failed, int NotApplicable, int Errors)
{
    /// <summary>Passed out of passed plus failed, in percent; 100 when nothing could be decided.</summary>
    public double Percent => Passed + Failed == 0 ? 100 : 100.0 * Passed / (Passed + Failed);
}
