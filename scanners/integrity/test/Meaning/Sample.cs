using System.Text;
using Bulwark.Scanners.Integrity.Changes;
using Bulwark.Scanners.Integrity.Meaning;

namespace Bulwark.Scanners.Integrity.Tests.Meaning;

/// <summary>Runs a reader the way the scanner does: read both versions of a file, then compare their facts.</summary>
internal static class Sample
{
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static IReadOnlyList<string> Read(IFactReader reader, string text) => reader.Read(Utf8(text));

    public static List<Change> Compare(IFactReader reader, string path, string before, string after) =>
        reader.Compare(path, Read(reader, before), Read(reader, after)).ToList();

    /// <summary>Every string a change carries, to assert that a secret appears in none of them.</summary>
    public static IEnumerable<string> Texts(Change change) =>
        new[] { change.Path, change.Kind, change.Subject, change.Message }
            .Concat(change.Details.SelectMany(d => new[] { d.Name, d.Old ?? "", d.New ?? "" }));
}
