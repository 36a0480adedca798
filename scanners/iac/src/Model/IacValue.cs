namespace Bulwark.Scanners.Iac.Model;

/// <summary>
/// A configuration value as a loader understood it, with where it is written. Values a loader cannot know
/// (a reference to something created at deploy time, a function of unknown input) are <see cref="IacUnknown"/>:
/// a rule never reports on them, and never treats them as safe either.
/// </summary>
public abstract record IacValue
{
    /// <summary>Where the value (or the expression producing it) is written in <see cref="File"/>.</summary>
    public SourceRange Range { get; init; }

    /// <summary>The file the range is in when it is not the resource's own (a variable default in another file).</summary>
    public string? File { get; init; }

    /// <summary>How the value was obtained when that is not obvious: <c>default of var.public_access (variables.tf:4)</c>.</summary>
    public string? Origin { get; init; }

    /// <summary>Addresses of the resources the value derives from (<c>aws_s3_bucket.logs</c>), for cross-resource rules.</summary>
    public IReadOnlySet<string> References { get; init; } = Empty;

    /// <summary>No references.</summary>
    public static IReadOnlySet<string> Empty { get; } = new HashSet<string>();

    /// <summary>The value as plain text for messages, at most <paramref name="limit"/> characters.</summary>
    public abstract string Describe(int limit = 60);
}

/// <summary>A value that cannot be known before deployment.</summary>
/// <param name="Reason">Why, for diagnostics: <c>aws_kms_key.k.arn is known after apply</c>.</param>
public sealed record IacUnknown(string Reason) : IacValue
{
    /// <inheritdoc />
    public override string Describe(int limit = 60) => "(unknown)";
}

/// <summary>An explicit null.</summary>
public sealed record IacNull : IacValue
{
    /// <inheritdoc />
    public override string Describe(int limit = 60) => "null";
}

/// <summary>true or false.</summary>
/// <param name="Value">The value.</param>
public sealed record IacBool(bool Value) : IacValue
{
    /// <inheritdoc />
    public override string Describe(int limit = 60) => Value ? "true" : "false";
}

/// <summary>A number.</summary>
/// <param name="Value">The value.</param>
public sealed record IacNumber(double Value) : IacValue
{
    /// <inheritdoc />
    public override string Describe(int limit = 60) => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A string.</summary>
/// <param name="Value">The value.</param>
public sealed record IacString(string Value) : IacValue
{
    /// <inheritdoc />
    public override string Describe(int limit = 60) => "\"" + (Value.Length > limit ? Value[..limit] + "…" : Value) + "\"";
}

/// <summary>A list (also a set, a tuple, and repeated nested blocks).</summary>
/// <param name="Items">The items in order.</param>
public sealed record IacList(IReadOnlyList<IacValue> Items) : IacValue
{
    /// <inheritdoc />
    public override string Describe(int limit = 60) => $"[{Items.Count} items]";
}

/// <summary>An object or map, members in source order (keys unique).</summary>
/// <param name="Members">The members.</param>
public sealed record IacObject(IReadOnlyList<IacMember> Members) : IacValue
{
    /// <summary>An object with no members.</summary>
    public static IacObject EmptyObject { get; } = new([]);

    /// <summary>The member with key <paramref name="key"/>, or null.</summary>
    public IacMember? Member(string key)
    {
        foreach (var member in Members)
        {
            if (member.Key == key)
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>The value under <paramref name="key"/>, or null when the key is absent.</summary>
    public IacValue? this[string key] => Member(key)?.Value;

    /// <inheritdoc />
    public override string Describe(int limit = 60) => $"{{{Members.Count} members}}";
}

/// <summary>One key of an object, with where the key is written.</summary>
/// <param name="Key">The key.</param>
/// <param name="KeyRange">Where the key is written.</param>
/// <param name="Value">The value.</param>
public sealed record IacMember(string Key, SourceRange KeyRange, IacValue Value)
{
    /// <summary>The range of the whole member: key through value.</summary>
    public SourceRange Range => KeyRange.Union(Value.Range);
}
