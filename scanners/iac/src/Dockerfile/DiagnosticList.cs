using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>The problems found in one file, each tagged with that file.</summary>
/// <param name="file">The file every diagnostic is about.</param>
internal sealed class DiagnosticList(string file)
{
    private readonly List<IacDiagnostic> _items = [];

    /// <summary>The diagnostics in the order found.</summary>
    public IReadOnlyList<IacDiagnostic> Items => _items;

    /// <summary>Records <paramref name="message"/> at <paramref name="range"/>.</summary>
    public void Add(SourceRange range, string message) => _items.Add(new IacDiagnostic(file, range, message));
}
