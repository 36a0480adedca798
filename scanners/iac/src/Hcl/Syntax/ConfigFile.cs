using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>A parsed HCL file: its top-level body and its comments.</summary>
public sealed class ConfigFile : Node
{
    internal ConfigFile(string path, Body body, IReadOnlyList<Comment> comments, SourceRange range)
        : base(range)
    {
        Path = path;
        Body = body;
        Comments = comments;
        Depth = DepthOf(body);
    }

    /// <summary>The path the file was read from, as the caller gave it.</summary>
    public string Path { get; }

    /// <summary>The attributes and blocks at the top level.</summary>
    public Body Body { get; }

    /// <summary>Every comment in the file, in source order (including those inside expressions).</summary>
    public IReadOnlyList<Comment> Comments { get; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => [Body];
}
