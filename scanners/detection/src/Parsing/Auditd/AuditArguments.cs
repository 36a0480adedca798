using System.Globalization;
using System.Text;

namespace Bulwark.Scanners.Detection.Parsing.Auditd;

/// <summary>
/// The arguments of an EXECVE record (or several, for a long command line): <c>argc=N</c>, then <c>a0</c>…
/// quoted or hex, and an argument too long for one record split as <c>aN_len=L aN[0]=… aN[1]=…</c>.
/// They become <c>a0</c>…<c>aN</c> decoded, <c>execve.argc</c> (and <c>argc</c>), and the command line.
/// </summary>
internal sealed class AuditArguments
{
    private readonly SortedDictionary<int, Argument> _arguments = [];

    public static bool IsArgument(string key) => key.Length > 1 && key[0] == 'a' && Index(key.AsSpan(1), out _);

    /// <summary>Takes <paramref name="field"/> when it is part of the arguments; false for any other EXECVE key.</summary>
    public bool TryAdd(AuditField field, EventFields fields)
    {
        var key = field.Key;
        if (key == "argc")
        {
            fields.TryAdd("execve.argc", field.Value);
            fields.TryAdd("argc", field.Value);
            return true;
        }

        if (key.Length < 2 || key[0] != 'a' || !char.IsAsciiDigit(key[1]))
        {
            return false;
        }

        var end = 1;
        while (end < key.Length && char.IsAsciiDigit(key[end]))
        {
            end++;
        }

        if (!Index(key.AsSpan(1, end - 1), out var index))
        {
            return false;
        }

        var rest = key.AsSpan(end);
        if (rest.IsEmpty || (rest[0] == '[' && rest[^1] == ']'))
        {
            Get(index).Append(field);
            return true;
        }

        return rest is "_len";
    }

    /// <summary>Sets <c>a0</c>…<c>aN</c> and returns them joined by spaces; null when there were none.</summary>
    public string? CommandLine(EventFields fields)
    {
        if (_arguments.Count == 0)
        {
            return null;
        }

        var line = new StringBuilder();
        foreach (var (index, argument) in _arguments)
        {
            var text = argument.Text();
            fields.Set("a" + index.ToString(CultureInfo.InvariantCulture), text);
            line.Append(line.Length == 0 ? "" : " ").Append(text);
        }

        return line.ToString();
    }

    private static bool Index(ReadOnlySpan<char> digits, out int index) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out index) && index < 1 << 20;

    private Argument Get(int index)
    {
        if (!_arguments.TryGetValue(index, out var argument))
        {
            argument = new Argument();
            _arguments.Add(index, argument);
        }

        return argument;
    }

    /// <summary>One argument, whole or in chunks; chunks of a hex argument are joined before decoding.</summary>
    private sealed class Argument
    {
        private readonly StringBuilder _value = new();
        private bool _quoted;

        public void Append(AuditField field)
        {
            _quoted |= field.Quoted;
            _value.Append(field.Value);
        }

        public string Text()
        {
            var value = _value.ToString();
            return !_quoted && AuditHex.TryDecode(value, out var decoded) ? decoded : value;
        }
    }
}
