namespace Bulwark.Scanners.Detection.Sigma.Matching;

/// <summary>Where in a value a literal must sit for a test to pass: anywhere, at its start, at its end, or as all of it.</summary>
internal enum LiteralPlace
{
    Anywhere,
    Start,
    End,
    Whole,
}

/// <summary>
/// Text that every value passing a test contains (ignoring case), and where. An anchored literal is far cheaper for a
/// prefilter to look for (one comparison at one end of the value instead of a search through it) and rarer to find.
/// </summary>
internal readonly record struct ValueLiteral(string Text, LiteralPlace Place)
{
    public static IReadOnlyList<ValueLiteral> Anywhere(IEnumerable<string> texts) => [.. texts.Select(t => new ValueLiteral(t, LiteralPlace.Anywhere))];

    public override string ToString() => Place switch
    {
        LiteralPlace.Start => $"^'{Text}'",
        LiteralPlace.End => $"$'{Text}'",
        LiteralPlace.Whole => $"='{Text}'",
        _ => $"~'{Text}'",
    };
}
