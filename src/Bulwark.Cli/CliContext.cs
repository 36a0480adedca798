using Bulwark.Sdk;

namespace Bulwark.Cli;

/// <summary>What a command runs against: the catalog, the standard streams and the working directory (swappable in tests).</summary>
public sealed record CliContext
{
    /// <summary>The scanner modules.</summary>
    public required IReadOnlyList<IScannerModule> Scanners { get; init; }

    /// <summary>The audit modules (<c>bulwark audit host</c>), which read a system rather than a tree.</summary>
    public IReadOnlyList<IScannerModule> Audits { get; init; } = [];

    /// <summary>The report formats.</summary>
    public required IReadOnlyList<IReporter> Reporters { get; init; }

    /// <summary>Standard output, as a stream (reports are bytes).</summary>
    public required Stream Output { get; init; }

    /// <summary>Standard input (events for <c>ledger append</c>).</summary>
    public Stream Input { get; init; } = Stream.Null;

    /// <summary>Standard error, for messages and progress.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Whether standard output is a terminal.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Whether standard error is a terminal.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The working directory.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>A path the user gave, made absolute against <see cref="WorkingDirectory"/>.</summary>
    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>A key given as a file or as key text: the file's absolute path when such a file exists, else the text.</summary>
    public string ResolveKey(string fileOrText) => File.Exists(Resolve(fileOrText)) ? Resolve(fileOrText) : fileOrText;

    /// <summary>The real process: the catalog and the console.</summary>
    public static CliContext FromProcess() => new()
    {
        Scanners = Catalog.Catalog.Scanners,
        Audits = Catalog.Catalog.Audits,
        Reporters = Catalog.Catalog.Reporters,
        Output = System.Console.OpenStandardOutput(),
        Input = System.Console.OpenStandardInput(),
        Error = System.Console.Error,
        OutputIsTerminal = !System.Console.IsOutputRedirected,
        ErrorIsTerminal = !System.Console.IsErrorRedirected,
        WorkingDirectory = Directory.GetCurrentDirectory(),
    };
}
