using Bulwark.Scanners.Packages.Severity;

namespace Bulwark.Scanners.Packages.Tests.Severity;

public class Cvss2Tests
{
    [Theory]
    // NVD's published v2 base scores for these vectors.
    [InlineData("AV:N/AC:L/Au:N/C:P/I:P/A:P", 7.5)]
    [InlineData("AV:N/AC:L/Au:N/C:C/I:C/A:C", 10.0)]
    [InlineData("AV:N/AC:M/Au:N/C:N/I:P/A:N", 4.3)]
    [InlineData("AV:N/AC:L/Au:N/C:N/I:N/A:P", 5.0)]
    [InlineData("AV:L/AC:L/Au:N/C:C/I:C/A:C", 7.2)]
    [InlineData("AV:N/AC:M/Au:N/C:P/I:P/A:P", 6.8)]
    [InlineData("AV:N/AC:L/Au:S/C:P/I:P/A:P", 6.5)]
    [InlineData("AV:L/AC:L/Au:N/C:P/I:N/A:N", 2.1)]
    [InlineData("AV:N/AC:H/Au:N/C:P/I:N/A:N", 2.6)]
    [InlineData("AV:N/AC:M/Au:N/C:C/I:C/A:C", 9.3)]
    [InlineData("AV:N/AC:L/Au:S/C:C/I:C/A:C", 9.0)]
    [InlineData("AV:A/AC:L/Au:N/C:C/I:C/A:C", 8.3)]
    [InlineData("AV:N/AC:L/Au:N/C:N/I:N/A:N", 0.0)]
    public void A_v2_vector_scores_as_published(string vector, double expected)
    {
        Assert.True(Cvss.TryScore(vector, out var score, out var problem), problem);
        Assert.Equal(expected, score.BaseScore);
        Assert.Equal("2.0", score.Version);
    }

    [Fact]
    public void NVD_parentheses_and_temporal_metrics_are_accepted()
    {
        Assert.True(Cvss.TryScore("(AV:N/AC:L/Au:S/C:C/I:C/A:C/E:U/RL:U/RC:C)", out var score, out var problem), problem);
        Assert.Equal(9.0, score.BaseScore);
    }

    [Theory]
    [InlineData("AV:N/AC:L/Au:N/C:N/I:N/A:N", CvssRating.Low)]
    [InlineData("AV:N/AC:H/Au:N/C:P/I:N/A:N", CvssRating.Low)]
    [InlineData("AV:N/AC:M/Au:N/C:N/I:P/A:N", CvssRating.Medium)]
    [InlineData("AV:N/AC:L/Au:N/C:C/I:C/A:C", CvssRating.High)]
    public void V2_ratings_use_NVDs_three_bands(string vector, CvssRating expected)
    {
        Assert.True(Cvss.TryScore(vector, out var score, out var problem), problem);
        Assert.Equal(expected, score.Rating);
    }

    [Fact]
    public void A_v2_vector_without_authentication_is_rejected_by_name()
    {
        Assert.False(Cvss.TryScore("AV:N/AC:L/C:P/I:P/A:P", out _, out var problem));
        Assert.Contains("Au (Authentication)", problem, StringComparison.Ordinal);
    }
}
