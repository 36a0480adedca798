namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// The ARGs declared before the first FROM, which only FROM lines can use
/// (https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact). A default is taken as the
/// value, since it is what a build without <c>--build-arg</c> uses.
/// </summary>
internal sealed class MetaArgs
{
    // The automatic platform ARGs exist in the global scope without a declaration.
    private static readonly string[] Builtins =
    [
        "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
        "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
    ];

    private readonly Dictionary<string, ArgLookup> _args = new(StringComparer.Ordinal);
    private readonly char _escape;

    /// <summary>Build arguments expanded with <paramref name="escape"/> as the escape character.</summary>
    public MetaArgs(char escape) => _escape = escape;

    /// <summary>Declares the arguments of an <c>ARG NAME[=default] …</c> written on <paramref name="line"/>.</summary>
    public void Declare(string text, int start, int end, int line)
    {
        foreach (var word in ShellWords.Split(text, start, end, _escape))
        {
            var raw = word.Raw(text);
            var equals = raw.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? raw : raw[..equals];
            if (equals < 0)
            {
                _args[name] = new ArgLookup(ArgState.Unset, "", $"ARG {name} (line {line}) has no default; its value is given at build time");
                continue;
            }

            var value = Expand(raw[(equals + 1)..]);
            _args[name] = value.HasUnknown
                ? new ArgLookup(ArgState.Unset, "", $"the default of ARG {name} (line {line}) depends on: {value.AllReasons}")
                : new ArgLookup(ArgState.Known, value.Text, $"default of ARG {name} (line {line})");
        }
    }

    /// <summary>Expands the build arguments in <paramref name="raw"/>.</summary>
    public Expansion Expand(string raw) => ArgExpansion.Expand(raw, Lookup, _escape);

    private ArgLookup Lookup(string name)
    {
        if (_args.TryGetValue(name, out var arg) && arg.State == ArgState.Known)
        {
            return arg;
        }

        if (Builtins.Contains(name))
        {
            return new ArgLookup(ArgState.Builtin, "", $"{name} is set by the builder");
        }

        return _args.TryGetValue(name, out arg)
            ? arg
            : new ArgLookup(ArgState.Undeclared, "", $"{name} is not declared by an ARG before the first FROM");
    }
}
