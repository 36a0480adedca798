using Bulwark.Sdk;

namespace Bulwark.Cli.Commands.Audit;

/// <summary>A source with no files: an audit reads its system itself, and the engine only needs something to name.</summary>
/// <param name="Description">What is audited, for the report's target.</param>
internal sealed record NoFiles(string Description) : IFileSource
{
    /// <inheritdoc />
    public IEnumerable<SourceFile> Enumerate(IFindingSink errors, CancellationToken cancellationToken) => [];
}
