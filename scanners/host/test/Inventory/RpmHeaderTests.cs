using Bulwark.Scanners.Host.Inventory;

namespace Bulwark.Scanners.Host.Tests.Inventory;

public class RpmHeaderTests
{
    [Fact]
    public void The_name_is_the_string_of_tag_1000_in_the_data_store()
    {
        Assert.Equal("openssh-server", RpmHeader.Name(RpmBlob.Header("openssh-server"), out var problem));
        Assert.Null(problem);
    }

    [Fact]
    public void A_truncated_blob_is_a_problem_not_an_exception()
    {
        var blob = RpmBlob.Header("bash");

        Assert.Null(RpmHeader.Name(blob.AsSpan(0, blob.Length - 3), out var problem));
        Assert.Contains("claims 2 entries", problem);
        Assert.Null(RpmHeader.Name([0, 0], out problem));
        Assert.Contains("too short", problem);
    }

    [Fact]
    public void A_name_of_the_wrong_type_is_a_problem()
    {
        Assert.Null(RpmHeader.Name(RpmBlob.Header("bash", nameType: 4), out var problem));
        Assert.Contains("type 4", problem);
    }
}
