using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.CloudFormation;

/// <summary>
/// The extent of a value tree. YAML block collections only carry their start position (YamlDotNet gives a
/// mapping's end as its start), so a declaration's range is its first position through the end of its last
/// scalar.
/// </summary>
internal static class ValueSpans
{
    /// <summary>A member's key through the end of its value.</summary>
    public static SourceRange Of(IacMember member) => Cover(member.KeyRange, Of(member.Value));

    /// <summary>A value's start through the end of its furthest descendant.</summary>
    public static SourceRange Of(IacValue value)
    {
        var range = value.Range;
        switch (value)
        {
            case IacObject o:
                foreach (var member in o.Members)
                {
                    range = Cover(range, Of(member));
                }

                break;
            case IacList l:
                foreach (var item in l.Items)
                {
                    range = Cover(range, Of(item));
                }

                break;
        }

        return range;
    }

    /// <summary>The smallest range holding both, comparing line and column together (unlike <see cref="SourceRange.Union"/>).</summary>
    public static SourceRange Cover(SourceRange a, SourceRange b)
    {
        if (!a.IsKnown || !b.IsKnown)
        {
            return a.IsKnown ? a : b;
        }

        // Values copied in through a YAML alias keep the anchor's (earlier) position; min/max keeps that harmless.
        var (startLine, startColumn) = Min((a.StartLine, a.StartColumn), (b.StartLine, b.StartColumn));
        var (endLine, endColumn) = Max((a.EndLine, a.EndColumn), (b.EndLine, b.EndColumn));
        return new SourceRange(startLine, startColumn, endLine, endColumn);
    }

    private static (int, int) Min((int Line, int Column) a, (int Line, int Column) b) =>
        a.Line < b.Line || (a.Line == b.Line && a.Column <= b.Column) ? a : b;

    private static (int, int) Max((int Line, int Column) a, (int Line, int Column) b) =>
        a.Line > b.Line || (a.Line == b.Line && a.Column >= b.Column) ? a : b;
}
