using System.Diagnostics.CodeAnalysis;

namespace Bulwark.Ledger.Notes;

/// <summary>
/// Either a value or the reason it could not be had. Notes, keys and checkpoints arrive from outside, so a
/// bad one is an answer to report, never an exception.
/// </summary>
/// <typeparam name="T">What was being read, verified or made.</typeparam>
public sealed class NoteResult<T> where T : class
{
    private NoteResult(T? value, string? reason)
    {
        Value = value;
        Reason = reason;
    }

    /// <summary>The value; null exactly when <see cref="Reason"/> is set.</summary>
    public T? Value { get; }

    /// <summary>Why there is no value, phrased for the person reading the log or the witness output.</summary>
    public string? Reason { get; }

    /// <summary>True when there is a value.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Reason))]
    public bool Succeeded => Value is not null;

    /// <summary>A successful result.</summary>
    public static NoteResult<T> Ok(T value) => new(value, null);

    /// <summary>A failed result.</summary>
    public static NoteResult<T> Fail(string reason) => new(null, reason);

    /// <inheritdoc />
    public override string ToString() => Succeeded ? $"ok: {Value}" : Reason;
}
