using System.Text;
using Bulwark.Scanners.Integrity.Database;
using Bulwark.Scanners.Integrity.Policy;
using Bulwark.Scanners.Integrity.Recording;
using Bulwark.Scanners.Integrity.Walking;
using NSec.Cryptography;

namespace Bulwark.Scanners.Integrity.Tests.Database;

/// <summary>Keys, a fixed header and deterministic entries for writing baselines directly with <see cref="BaselineWriter"/>.</summary>
internal static class BaselineSamples
{
    public static BaselineHeader Header { get; } = new(
        new DateTimeOffset(2024, 11, 22, 10, 30, 15, 123, TimeSpan.FromHours(2)), "web-1", "/srv/image", "policy.yaml",
        "rules:\n  - { path: /etc, group: content }\n", "alice", "accepted the openssl upgrade", "bulwark 0.1.0");

    public static Attributes Content => AttributeNames.Groups["content"];

    public static Key NewKey() =>
        Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    public static byte[] Raw(Key key) => key.PublicKey.Export(KeyBlobFormat.RawPublicKey);

    public static string PublicPem(Key key) => Encoding.ASCII.GetString(key.PublicKey.Export(KeyBlobFormat.PkixPublicKeyText));

    public static string PrivatePem(Key key) => Encoding.ASCII.GetString(key.Export(KeyBlobFormat.PkixPrivateKeyText));

    public static byte[] Hash(int seed) => System.Security.Cryptography.SHA256.HashData(BitConverter.GetBytes(seed));

    public static void Write(string path, Key key, IEnumerable<Entry> entries, BaselineHeader? header = null)
    {
        using var writer = new BaselineWriter(path, header ?? Header);
        foreach (var entry in entries)
        {
            writer.Add(entry);
        }

        writer.Complete(key);
    }

    public static (BaselineHeader Header, long Count, List<Entry> Entries) Read(string path, byte[] publicKey)
    {
        var (baseline, problem) = BaselineFile.Open(path, publicKey);
        Assert.True(baseline is not null, problem);
        using (baseline)
        {
            return (baseline!.Header, baseline.Count, baseline.Entries().ToList());
        }
    }

    /// <summary>Fifty plain files under /etc, in path order; the last one's record ends in a zero byte.</summary>
    public static IEnumerable<Entry> Small() =>
        Enumerable.Range(0, 50).Select(i => new Entry
        {
            Path = $"/etc/conf-{i:D2}", Attributes = Content, Type = FileType.File, Mode = 0b110_100_100, Size = 100 + i,
            Inode = 5000 + (ulong)i, Links = 1, MtimeNs = 1_700_000_000_000_000_000 + i, CtimeNs = 1_700_000_000_000_000_000 + i,
            Sha256 = Hash(i), Xattrs = "",
        });
}
