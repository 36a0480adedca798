using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Bulwark.Rules;

/// <summary>
/// Wraps a YAML parser to remember where the last good event ended, so a failure the library reports without
/// a position (it sometimes throws a bare InvalidOperationException) can still be given a line.
/// </summary>
internal sealed class PositionTrackingParser(IParser inner) : IParser
{
    public Mark LastGood { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (inner.Current is { } current)
        {
            LastGood = current.End;
        }

        return inner.MoveNext();
    }
}
