using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Bulwark.Ledger.Events;

/// <summary>
/// The JSON Canonicalization Scheme (RFC 8785): object members sorted by their UTF-16 code units, no
/// insignificant whitespace, strings with only the mandatory escapes, numbers in ECMAScript's shortest form.
/// The same value always gives the same bytes, so the same event always hashes the same.
/// </summary>
public static class CanonicalJson
{
    // Invalid UTF-16 (a lone surrogate) cannot be encoded canonically: refuse it rather than substitute.
    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);

    private static readonly SearchValues<char> Escaped = SearchValues.Create("\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    /// <summary>Writes <paramref name="value"/> canonically; throws <see cref="FormatException"/> for what JSON cannot carry (duplicate keys, NaN).</summary>
    public static void Write(JsonElement value, IBufferWriter<byte> output)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                WriteObject(value, output);
                break;
            case JsonValueKind.Array:
                output.Write("["u8);
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    if (!first)
                    {
                        output.Write(","u8);
                    }

                    Write(item, output);
                    first = false;
                }

                output.Write("]"u8);
                break;
            case JsonValueKind.String:
                WriteString(value.GetString()!, output);
                break;
            case JsonValueKind.Number:
                WriteNumber(value.GetDouble(), output);
                break;
            case JsonValueKind.True:
                output.Write("true"u8);
                break;
            case JsonValueKind.False:
                output.Write("false"u8);
                break;
            default:
                output.Write("null"u8);
                break;
        }
    }

    /// <summary>The canonical bytes of <paramref name="value"/>.</summary>
    public static byte[] Encode(JsonElement value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(value, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteObject(JsonElement value, IBufferWriter<byte> output)
    {
        var members = value.EnumerateObject().ToList();
        members.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        output.Write("{"u8);
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                if (members[i].Name == members[i - 1].Name)
                {
                    throw new FormatException($"duplicate member \"{members[i].Name}\"");
                }

                output.Write(","u8);
            }

            WriteString(members[i].Name, output);
            output.Write(":"u8);
            Write(members[i].Value, output);
        }

        output.Write("}"u8);
    }

    /// <summary>A string with RFC 8785's escapes: quote, backslash, and control characters only.</summary>
    public static void WriteString(string text, IBufferWriter<byte> output)
    {
        // Most strings need no escape at all: copy their UTF-8 between quotes without building anything.
        if (!text.AsSpan().ContainsAny(Escaped))
        {
            var length = Strict.GetByteCount(text);
            var span = output.GetSpan(length + 2);
            span[0] = (byte)'"';
            Strict.GetBytes(text, span[1..]);
            span[length + 1] = (byte)'"';
            output.Advance(length + 2);
            return;
        }

        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ': builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: builder.Append(c); break;
            }
        }

        builder.Append('"');
        output.Write(Strict.GetBytes(builder.ToString()));
    }

    /// <summary>A number as ECMAScript's Number.prototype.toString writes it (RFC 8785 section 3.2.2.3).</summary>
    public static void WriteNumber(double number, IBufferWriter<byte> output) =>
        output.Write(Encoding.ASCII.GetBytes(FormatNumber(number)));

    /// <summary>The ECMAScript form of <paramref name="number"/>.</summary>
    public static string FormatNumber(double number)
    {
        if (!double.IsFinite(number))
        {
            throw new FormatException("JSON has no NaN or infinity");
        }

        if (number == 0)
        {
            return "0";
        }

        // "R" gives the shortest digits that round-trip; re-lay them out by ECMAScript's rules.
        var shortest = Math.Abs(number).ToString("R", CultureInfo.InvariantCulture);
        var exponentAt = shortest.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? shortest : shortest[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(shortest[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var n = (point < 0 ? mantissa.Length : point) + exponent;
        var leadingZeros = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        n -= leadingZeros;
        var k = digits.Length;
        var text = k <= n && n <= 21 ? digits + new string('0', n - k)
            : 0 < n && n <= 21 ? digits[..n] + "." + digits[n..]
            : -6 < n && n <= 0 ? "0." + new string('0', -n) + digits
            : (k == 1 ? digits : digits[..1] + "." + digits[1..]) + "e" + (n - 1 >= 0 ? "+" : "-") + Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture);
        return number < 0 ? "-" + text : text;
    }
}
