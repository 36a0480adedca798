using Bulwark.Scanners.Packages.Extractors.Os;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Os;

public class RpmHeaderTests
{
    [Fact]
    public void Strings_arrays_translations_and_integers_are_read_by_tag()
    {
        var blob = new RpmHeaderBuilder()
            .String(1000, "bash")
            .I18nString(1004, "The GNU Bourne Again shell", "Le shell")
            .Strings(1047, "bash", "bash(x86-64)")
            .Int32(1003, 2)
            .Int32(1116, 0, 1, 1)
            .Build();

        var header = RpmHeader.Parse(blob, out var error);

        Assert.Null(error);
        Assert.NotNull(header);
        Assert.Equal("bash", header.String(1000));
        Assert.Equal("The GNU Bourne Again shell", header.String(1004));
        Assert.Equal(["bash", "bash(x86-64)"], header.Strings(1047));
        Assert.Equal([2L], header.Numbers(1003));
        Assert.Equal([0L, 1L, 1L], header.Numbers(1116));
        Assert.True(header.Has(63));
        Assert.Null(header.String(1001));
        Assert.Null(header.Numbers(1000));
        Assert.Null(header.String(1003));
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 0 }, "the header is 3 bytes, shorter than its 8-byte preamble")]
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 0, 0, 0 }, "the header claims 0 index entries and 0 data bytes, outside rpm's limits")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0 }, "the header claims -1 index entries and 0 data bytes, outside rpm's limits")]
    [InlineData(new byte[] { 0, 0, 0, 2, 0, 0, 0, 1, 0, 0 }, "the header claims 2 index entries and 1 data bytes, more than its 10 bytes")]
    public void Blobs_that_are_not_headers_say_why(byte[] blob, string expected)
    {
        Assert.Null(RpmHeader.Parse(blob, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Entries_pointing_outside_the_data_or_past_its_end_read_as_absent()
    {
        var blob = new RpmHeaderBuilder().String(1000, "bash").Int32(1003, 7).Build();

        // Entry 1 (after the region marker) is NAME: point its offset far beyond the data store.
        blob[8 + 16 + 8] = 0x10;
        var header = RpmHeader.Parse(blob, out _)!;
        Assert.Null(header.String(1000));
        Assert.Equal([7L], header.Numbers(1003));

        // A string starting on the store's last byte (the region trailer's count, 16), so no NUL ends it.
        var unterminated = new RpmHeaderBuilder().String(1000, "bash").Build();
        unterminated[8 + 16 + 11] = (byte)("bash\0".Length + 16 - 1);
        Assert.Null(RpmHeader.Parse(unterminated, out _)!.String(1000));

        // An array claiming more strings than there are.
        var greedy = new RpmHeaderBuilder().Strings(1047, "a", "b").Build();
        greedy[8 + 16 + 15] = 50;
        Assert.Null(RpmHeader.Parse(greedy, out _)!.Strings(1047));
    }

    [Theory]
    [InlineData("bash-5.1.8-6.el9_1.src.rpm", "bash", "5.1.8-6.el9_1")]
    [InlineData("python3.9-3.9.18-1.el9_3.src.rpm", "python3.9", "3.9.18-1.el9_3")]
    [InlineData("java-17-openjdk-17.0.9.0.9-2.el9.src.rpm", "java-17-openjdk", "17.0.9.0.9-2.el9")]
    [InlineData("tzdata-2024a-1.el9.nosrc.rpm", "tzdata", "2024a-1.el9")]
    public void Source_rpm_file_names_split_into_name_and_version_release(string fileName, string name, string versionRelease) =>
        Assert.Equal((name, versionRelease), RpmPackages.SourceRpm(fileName));

    [Theory]
    [InlineData("odd.src.rpm")]
    [InlineData("only-one.src.rpm")]
    [InlineData("bash-5.1.8-6.el9_1.rpm")]
    [InlineData("bash-5.1.8-.src.rpm")]
    [InlineData("-5.1.8-6.src.rpm")]
    public void Source_rpm_file_names_of_another_shape_are_refused(string fileName) =>
        Assert.Null(RpmPackages.SourceRpm(fileName));
}
