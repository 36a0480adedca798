namespace Bulwark.Scanners.Host.Config;

/// <summary>The configuration syntaxes a <c>setting</c> check can name, in one explicit list.</summary>
public static class ConfigSyntaxes
{
    private static readonly IReadOnlyList<IConfigSyntax> All =
    [
        new EqualsSyntax(),
        new KeyValueSyntax(),
        new LoginDefsSyntax(),
        new PamSyntax(),
        new SshdSyntax(),
        new SudoersSyntax(),
        new SysctlSyntax(),
        new SystemdSyntax(),
    ];

    private static readonly Dictionary<string, IConfigSyntax> ByName = All.ToDictionary(s => s.Name, StringComparer.Ordinal);

    /// <summary>The names, sorted, for messages that list what is accepted.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(s => s.Name).Order(StringComparer.Ordinal).ToList();

    /// <summary>The syntax called <paramref name="name"/>, or null when there is none.</summary>
    public static IConfigSyntax? For(string name) => ByName.GetValueOrDefault(name);
}
