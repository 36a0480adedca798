using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>A function call, <c>name(args)</c>, possibly namespaced (<c>provider::aws::arn_parse(x)</c>).</summary>
public sealed class FunctionCallExpr : Expression
{
    internal FunctionCallExpr(string name, SourceRange nameRange, IReadOnlyList<Expression> arguments, bool expandFinalArgument, SourceRange range)
        : base(range)
    {
        Name = name;
        NameRange = nameRange;
        Arguments = arguments;
        ExpandFinalArgument = expandFinalArgument;
        Depth = DepthOf(arguments);
    }

    /// <summary>The function name, namespaces included and joined by <c>::</c>.</summary>
    public string Name { get; }

    /// <summary>Where the name is written.</summary>
    public SourceRange NameRange { get; }

    /// <summary>The arguments, in order.</summary>
    public IReadOnlyList<Expression> Arguments { get; }

    /// <summary>True when the last argument is followed by <c>...</c>: its elements are passed as separate arguments.</summary>
    public bool ExpandFinalArgument { get; }

    /// <inheritdoc />
    public override IEnumerable<Node> Children() => Arguments;
}
