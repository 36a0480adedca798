namespace Bulwark.Sdk;

/// <summary>Either a value or the config problems that prevented making it. Errors are values, not exceptions.</summary>
/// <typeparam name="T">What was being made.</typeparam>
public sealed class Created<T> where T : class
{
    private Created(T? value, IReadOnlyList<ConfigProblem> problems)
    {
        Value = value;
        Problems = problems;
    }

    /// <summary>The value; null exactly when <see cref="Problems"/> is not empty.</summary>
    public T? Value { get; }

    /// <summary>What prevented making the value.</summary>
    public IReadOnlyList<ConfigProblem> Problems { get; }

    /// <summary>True when there is a value.</summary>
    public bool Succeeded => Value is not null;

    /// <summary>A successful result.</summary>
    public static Created<T> Ok(T value) => new(value, []);

    /// <summary>A failed result; at least one problem is required.</summary>
    public static Created<T> Failed(IReadOnlyList<ConfigProblem> problems)
    {
        if (problems.Count == 0)
        {
            throw new ArgumentException("A failure needs at least one problem.", nameof(problems));
        }

        return new(null, problems);
    }

    /// <summary>A failed result with one problem.</summary>
    public static Created<T> Failed(string where, string message) => Failed([new ConfigProblem(where, message)]);
}
