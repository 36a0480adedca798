using System.Buffers.Binary;
using Bulwark.Scanners.Integrity.Database;
using static Bulwark.Scanners.Integrity.Tests.Database.BaselineSamples;

namespace Bulwark.Scanners.Integrity.Tests.Database;

/// <summary>A signed baseline changed in any way is refused before a single entry is compared, saying what is wrong.</summary>
public sealed class BaselineTamperTests : IDisposable
{
    private const int TrailerSize = 137;
    private readonly string _directory = Directory.CreateTempSubdirectory("bulwark-fim-tamper-").FullName;
    private readonly NSec.Cryptography.Key _key = NewKey();

    public BaselineTamperTests()
    {
        Write(Db, _key, Small());
        File.WriteAllText(Db + ".pub", PublicPem(_key));
    }

    private string Db => Path.Combine(_directory, "fim.db");

    private byte[] Bytes => File.ReadAllBytes(Db);

    private int HeaderEnd => 12 + (int)BinaryPrimitives.ReadUInt32LittleEndian(Bytes.AsSpan(8));

    public void Dispose()
    {
        _key.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void The_untouched_baseline_is_accepted()
    {
        Assert.Null(Problem());
        Assert.Null(FimBaselines.Verify(new FimTarget(_directory, Db, null)));
    }

    [Fact]
    public void A_baseline_with_one_flipped_byte_in_its_entries_is_refused_as_modified() =>
        AssertRefused(Flip((HeaderEnd + Bytes.Length - TrailerSize) / 2), "modified after it was signed");

    [Fact]
    public void A_baseline_with_one_flipped_byte_in_its_header_is_refused_as_modified() =>
        AssertRefused(Flip(HeaderEnd - 20), "modified after it was signed");

    [Fact]
    public void A_baseline_with_a_changed_entry_count_is_refused_as_modified() =>
        AssertRefused(Flip(Bytes.Length - TrailerSize + 1), "modified");

    [Fact]
    public void A_baseline_one_byte_short_is_refused_as_truncated() => AssertRefused(Bytes[..^1], "truncated");

    [Fact]
    public void A_baseline_cut_in_half_is_refused_as_truncated() => AssertRefused(Bytes[..(Bytes.Length / 2)], "truncated");

    [Fact]
    public void A_baseline_without_its_signed_trailer_is_refused_as_unsigned() =>
        AssertRefused(Bytes[..^TrailerSize], "no signature", "unsigned");

    [Fact]
    public void A_baseline_with_bytes_appended_is_refused() => AssertRefused([.. Bytes, .. "# appended\n"u8], "no signature", "appended");

    [Fact]
    public void A_baseline_with_its_own_trailer_appended_again_is_refused_as_modified() =>
        AssertRefused([.. Bytes, .. Bytes[^TrailerSize..]], "modified");

    [Fact]
    public void A_file_with_other_magic_bytes_is_refused_as_not_a_baseline()
    {
        var bytes = Bytes;
        "AIDE0"u8.CopyTo(bytes);
        AssertRefused(bytes, "not a Bulwark baseline");
    }

    [Fact]
    public void An_empty_file_is_refused_as_empty() => AssertRefused([], "is empty");

    [Fact]
    public void A_file_too_short_for_a_signature_is_refused_as_truncated() => AssertRefused(Bytes[..40], "truncated");

    [Fact]
    public void A_baseline_whose_signature_bytes_were_changed_is_refused_as_badly_signed() =>
        AssertRefused(Flip(Bytes.Length - 10), "invalid signature");

    [Fact]
    public void A_baseline_changed_after_it_was_verified_fails_while_its_entries_are_read()
    {
        var (baseline, problem) = BaselineFile.Open(Db, Raw(_key));
        Assert.Null(problem);
        using (baseline)
        {
            // A byte of the last entry's hash: every record still decodes, only the re-computed digest differs.
            var at = Bytes.AsSpan().IndexOf(Hash(49));
            using (var stream = new FileStream(Db, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
            {
                stream.Position = at;
                stream.WriteByte((byte)(Hash(49)[0] ^ 0x5A));
            }

            var error = Assert.Throws<BaselineDamagedException>(() => baseline!.Entries().ToList());
            Assert.Contains("changed while it was being read", error.Message);
        }
    }

    [Fact]
    public void A_refused_baseline_is_left_as_it_was()
    {
        var tampered = Flip(HeaderEnd + 5);
        File.WriteAllBytes(Db, tampered);

        Assert.NotNull(FimBaselines.Verify(new FimTarget(_directory, Db, null)));
        Assert.Equal(tampered, Bytes);
    }

    private byte[] Flip(int offset)
    {
        var bytes = Bytes;
        bytes[offset] ^= 0x5A;
        return bytes;
    }

    private string? Problem()
    {
        var (baseline, problem) = BaselineFile.Open(Db, Raw(_key));
        baseline?.Dispose();
        return problem;
    }

    private void AssertRefused(byte[] content, params string[] words)
    {
        File.WriteAllBytes(Db, content);
        var problem = Problem();
        var failure = FimBaselines.Verify(new FimTarget(_directory, Db, null));
        foreach (var message in new[] { problem, failure })
        {
            Assert.NotNull(message);
            Assert.Contains(Db, message);
            Assert.Contains("nothing was compared", message);
            Assert.All(words, word => Assert.Contains(word, message));
        }
    }
}
