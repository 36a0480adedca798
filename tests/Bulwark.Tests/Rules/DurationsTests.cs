using Bulwark.Rules;

namespace Bulwark.Tests.Rules;

public sealed class DurationsTests
{
    [Theory]
    [InlineData("90s", 90)]
    [InlineData("5m", 300)]
    [InlineData("2h", 7200)]
    [InlineData("7d", 604800)]
    [InlineData("2w", 1209600)]
    public void A_whole_number_and_a_unit_letter_is_a_duration(string text, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), Durations.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("m")]
    [InlineData("0m")]
    [InlineData("-5m")]
    [InlineData("1.5h")]
    [InlineData("5x")]
    [InlineData("5M")]
    [InlineData("often")]
    public void Anything_else_is_not(string? text) => Assert.Null(Durations.Parse(text));
}
