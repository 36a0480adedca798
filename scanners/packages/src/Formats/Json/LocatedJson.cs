namespace Bulwark.Scanners.Packages.Formats.Json;

/// <summary>
/// A JSON value with the line and column it starts on. System.Text.Json's document model forgets positions,
/// and lockfile, SBOM and VEX readers must say where an entry is, so they read this tree instead (built by
/// <see cref="LocatedJsonParser"/>). An object's members also keep where their keys are.
/// </summary>
internal sealed class LocatedJson
{
    private static readonly LocatedJson[] NoItems = [];
    private static readonly JsonMember[] NoMembers = [];

    /// <summary>A value of <paramref name="kind"/> starting at <paramref name="line"/>:<paramref name="column"/>.</summary>
    public LocatedJson(JsonKind kind, int line, int column, string? text = null)
    {
        Kind = kind;
        Line = line;
        Column = column;
        Text = text;
    }

    /// <summary>What kind of value it is.</summary>
    public JsonKind Kind { get; }

    /// <summary>The 1-based line of its first character (for a member's key, see <see cref="JsonMember.Line"/>).</summary>
    public int Line { get; }

    /// <summary>The 1-based column (in UTF-8 bytes) of its first character.</summary>
    public int Column { get; }

    /// <summary>A string's value, or a number, <c>true</c>, <c>false</c> or <c>null</c> as written; null for objects and arrays.</summary>
    public string? Text { get; }

    /// <summary>An object's members in document order (duplicates kept); empty for other kinds.</summary>
    public IReadOnlyList<JsonMember> Members => MemberList ?? (IReadOnlyList<JsonMember>)NoMembers;

    /// <summary>An array's items; empty for other kinds.</summary>
    public IReadOnlyList<LocatedJson> Items => ItemList ?? (IReadOnlyList<LocatedJson>)NoItems;

    /// <summary>The list the parser fills for an object.</summary>
    internal List<JsonMember>? MemberList { get; init; }

    /// <summary>The list the parser fills for an array.</summary>
    internal List<LocatedJson>? ItemList { get; init; }

    /// <summary>The value of the first member called <paramref name="name"/>, or null (also when this is not an object).</summary>
    public LocatedJson? this[string name] => Member(name)?.Value;

    /// <summary>The first member called <paramref name="name"/> with its key's position, or null.</summary>
    public JsonMember? Member(string name)
    {
        foreach (var member in Members)
        {
            if (member.Name == name)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>The member's value when it is a string, else null.</summary>
    public string? String(string name) => this[name] is { Kind: JsonKind.String } value ? value.Text : null;

    /// <summary>Whether the member's value is the literal <c>true</c>.</summary>
    public bool IsTrue(string name) => this[name] is { Kind: JsonKind.Boolean, Text: "true" };

    /// <summary>The member's items when it is an array, else empty.</summary>
    public IReadOnlyList<LocatedJson> Array(string name) => this[name]?.Items ?? NoItems;

    /// <summary>The member's value when it is an object, else null.</summary>
    public LocatedJson? Object(string name) => this[name] is { Kind: JsonKind.Object } value ? value : null;

    /// <summary>The members of the member's value when it is an object (a dependency map, say), else empty.</summary>
    public IReadOnlyList<JsonMember> MembersOf(string name) => this[name]?.Members ?? NoMembers;

    /// <summary>A short name of the kind for messages: "an object", "a string"…</summary>
    public string Describe() => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.Boolean => "a boolean",
        _ => "null",
    };
}
