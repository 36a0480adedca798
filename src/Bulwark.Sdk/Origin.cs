namespace Bulwark.Sdk;

/// <summary>
/// Where a file's content came from when it is not simply the working tree: a commit, the git index,
/// an image layer. Reports show it next to the path.
/// </summary>
/// <param name="Kind">What the origin is: <c>commit</c>, <c>staged</c>, <c>layer</c>.</param>
/// <param name="Id">The origin's identifier (a commit id, a layer digest); empty when it has none.</param>
public sealed record Origin(string Kind, string Id)
{
    /// <summary>Who made the origin (a commit's author), when known.</summary>
    public string? Author { get; init; }

    /// <summary>The author's e-mail address, when known.</summary>
    public string? AuthorEmail { get; init; }

    /// <summary>When the origin was made (a commit's author date), when known.</summary>
    public DateTimeOffset? Date { get; init; }

    /// <summary>A one-line description (a commit's subject line), when known.</summary>
    public string? Summary { get; init; }
}
