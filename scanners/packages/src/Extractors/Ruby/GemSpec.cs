namespace Bulwark.Scanners.Packages.Extractors.Ruby;

/// <summary>One gem listed under <c>specs:</c> in a Gemfile.lock source section.</summary>
/// <param name="Name">The gem name.</param>
/// <param name="Version">The version, without the platform suffix.</param>
/// <param name="Section">The source section it is listed in: <c>GEM</c>, <c>GIT</c>, <c>PATH</c> or <c>PLUGIN SOURCE</c>.</param>
/// <param name="Line">The 1-based line of the spec.</param>
internal sealed record GemSpec(string Name, string Version, string Section, int Line)
{
    /// <summary>The names on its 6-space dependency lines, in file order.</summary>
    public List<string> Dependencies { get; } = [];

    /// <summary>True when it comes from a gem server (a <c>GEM</c> section), so it is a RubyGems package.</summary>
    public bool FromGemServer => Section == "GEM";
}
