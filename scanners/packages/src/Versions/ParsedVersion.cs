namespace Bulwark.Scanners.Packages.Versions;

/// <summary>
/// What every scheme's parsed version shares. Order lives in <see cref="CompareTo(TSelf)"/>; equality and the hash
/// follow it (two versions are equal exactly when they compare 0, so <c>1.0</c> and <c>1.0.0</c> can share a
/// dictionary key where the scheme says they are the same version), and <see cref="ToString"/> gives back the text
/// as it was written.
/// </summary>
/// <typeparam name="TSelf">The scheme's own version type: versions of different schemes never compare.</typeparam>
internal abstract class ParsedVersion<TSelf> : IComparable, IComparable<TSelf>, IEquatable<TSelf>
    where TSelf : ParsedVersion<TSelf>
{
    /// <summary>Keeps the text as written, for messages and reports.</summary>
    protected ParsedVersion(string text) => Text = text;

    /// <summary>The version as it was written.</summary>
    public string Text { get; }

    /// <summary>Negative, zero or positive as this version sorts before, with or after <paramref name="other"/>; null sorts first.</summary>
    public abstract int CompareTo(TSelf? other);

    /// <summary>The hash of the version's normal form, equal for versions that compare 0.</summary>
    public abstract override int GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        TSelf other => CompareTo(other),
        _ => throw new ArgumentException(
            $"cannot order {GetType().Name} '{Text}' against {obj.GetType().Name} '{obj}': versions of different schemes do not compare",
            nameof(obj)),
    };

    /// <inheritdoc/>
    public bool Equals(TSelf? other) => other is not null && CompareTo(other) == 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TSelf other && Equals(other);

    /// <inheritdoc/>
    public override string ToString() => Text;
}
