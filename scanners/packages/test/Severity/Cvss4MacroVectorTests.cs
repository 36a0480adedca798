using Bulwark.Scanners.Packages.Severity;

namespace Bulwark.Scanners.Packages.Tests.Severity;

public class Cvss4MacroVectorTests
{
    [Theory]
    [InlineData("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", "000100")]
    // EQ1: AV, PR, UI
    [InlineData("AV:A/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", "100100")]
    [InlineData("AV:N/AC:L/AT:N/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", "100100")]
    [InlineData("AV:P/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", "200100")]
    [InlineData("AV:L/AC:L/AT:N/PR:L/UI:P/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", "200100")]
    // EQ2: AC, AT
    [InlineData("AV:N/AC:H/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", "010100")]
    [InlineData("AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", "010100")]
    // EQ3: VC, VI, VA (and EQ6 follows: without a high impact no requirement can meet one)
    [InlineData("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H", "001100")]
    [InlineData("AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:H/SI:H/SA:H", "001100")]
    [InlineData("AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:H/SI:H/SA:H", "002101")]
    // EQ4: SC, SI, SA, and Safety through MSI/MSA
    [InlineData("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:L/SI:L/SA:N", "000200")]
    [InlineData("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSI:S", "000000")]
    [InlineData("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSA:S", "000000")]
    // EQ5: E (X is read as A, the most severe)
    [InlineData("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:X", "000100")]
    [InlineData("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:P", "000110")]
    [InlineData("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U", "000120")]
    // EQ6: CR/VC, IR/VI, AR/VA
    [InlineData("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/CR:M/IR:M/AR:M", "000101")]
    [InlineData("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/CR:M/IR:M/AR:H", "000100")]
    [InlineData("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:L/VA:L/SC:H/SI:H/SA:H/CR:L", "001101")]
    // A modified metric replaces its base metric.
    [InlineData("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/MAV:P/MAT:P/MVC:L", "211100")]
    public void Each_equivalence_class_level_is_read_from_its_metrics(string body, string expected) =>
        Assert.Equal(expected, Cvss4MacroVector.Of(AsWritten(body)).Key);

    [Fact]
    public void The_base_score_reads_only_base_metrics_for_the_macrovector()
    {
        var values = new Cvss4Values(Parse("AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U/CR:L/MAV:P/MSI:S"), baseOnly: true);
        Assert.Equal("000100", Cvss4MacroVector.Of(values).Key);
    }

    [Fact]
    public void The_table_holds_the_270_macrovectors_and_no_other()
    {
        var table = Cvss4MacroVectorScores.Tenths;

        Assert.Equal(270, table.Count);
        Assert.All(table, entry =>
        {
            var eq = entry.Key.Select(c => c - '0').ToArray();
            Assert.InRange(eq[0], 0, 2);
            Assert.InRange(eq[1], 0, 1);
            Assert.InRange(eq[2], 0, 2);
            Assert.InRange(eq[3], 0, 2);
            Assert.InRange(eq[4], 0, 2);
            Assert.InRange(eq[5], 0, 1);
            Assert.False(eq[2] == 2 && eq[5] == 0, $"{entry.Key} cannot occur");
            Assert.InRange(entry.Value, 1, 100);
        });
        Assert.Equal(100, table["000000"]);
        Assert.Equal(93, table["000200"]);
        Assert.Equal(69, table["002201"]);
        Assert.Equal(1, table["212221"]);
    }

    [Fact]
    public void A_less_severe_macrovector_never_scores_higher_than_the_one_above_it()
    {
        // The interpolation relies on this: each class's lower neighbour marks how far a score may fall.
        var table = Cvss4MacroVectorScores.Tenths;
        foreach (var (key, value) in table)
        {
            for (var position = 0; position < 6; position++)
            {
                var lower = key[..position] + (char)(key[position] + 1) + key[(position + 1)..];
                if (table.TryGetValue(lower, out var lowerValue))
                {
                    Assert.True(lowerValue <= value, $"{lower} ({lowerValue}) scores above {key} ({value})");
                }
            }
        }
    }

    [Fact]
    public void Every_base_vector_scores_at_or_below_its_macrovector()
    {
        foreach (var vector in Cvss4Tests.AllBaseVectors())
        {
            var values = new Cvss4Values(Parse(vector["CVSS:4.0/".Length..]), baseOnly: true);
            var tenths = Cvss4Interpolation.Tenths(values);
            var macro = Cvss4MacroVector.Of(values);
            Assert.InRange(tenths, 0, Cvss4MacroVectorScores.Tenths[macro.Key]);
        }
    }

    private static Cvss4Values AsWritten(string body) => new(Parse(body), baseOnly: false);

    private static Dictionary<string, string> Parse(string body)
    {
        Assert.True(CvssVectorParser.TryParse("CVSS:4.0", body, Cvss4Metrics.All, out var metrics, out var problem), problem);
        return metrics;
    }
}
