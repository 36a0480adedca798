using Bulwark.Scanners.Secrets.Filtering;

namespace Bulwark.Scanners.Secrets.Tests;

public sealed class FilterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("aaaa", 0)]
    [InlineData("ab", 1)]
    [InlineData("aabb", 1)]
    [InlineData("abcd", 2)]
    [InlineData("0123456789abcdef", 4)]
    [InlineData("ééèè", 1)]
    public void Entropy_is_the_shannon_entropy_in_bits_per_character(string text, double bits)
    {
        Assert.Equal(bits, Entropy.Of(text), precision: 10);
    }

    [Fact]
    public void A_random_token_has_more_entropy_than_a_word()
    {
        Assert.True(Entropy.Of(Fake.Random(32, 31)) > 4);
        Assert.True(Entropy.Of("passwordpassword") < 3);
    }

    [Theory]
    [InlineData("${DB_PASSWORD}")]
    [InlineData("{{ vault_password }}")]
    [InlineData("<your-key>")]
    [InlineData("[api-key]")]
    [InlineData("$PASSWORD")]
    [InlineData("$db_password_2")]
    [InlineData("%PASSWORD%")]
    [InlineData("$(cat /run/secret)")]
    [InlineData("<%= ENV['KEY'] %>")]
    [InlineData("xxxxxxxx")]
    [InlineData("********")]
    [InlineData("abababab")]
    [InlineData("aaaa1111")]
    [InlineData("[REDACTED]")]
    [InlineData("")]
    public void Template_syntax_variables_and_values_with_little_variety_are_placeholders(string value)
    {
        Assert.True(Placeholders.IsPlaceholder(value));
    }

    [Theory]
    [InlineData("Vq7mR2xL9pKz4W8f")]
    [InlineData("$2b$10$Qx9.mR2")]
    [InlineData("abc")]
    [InlineData("aab1234")]
    [InlineData("%weird")]
    public void A_real_looking_value_is_not_a_placeholder(string value)
    {
        Assert.False(Placeholders.IsPlaceholder(value));
    }

    [Fact]
    public void A_generated_password_is_not_a_placeholder()
    {
        Assert.False(Placeholders.IsPlaceholder(Fake.Password(32)));
    }

    [Fact]
    public void A_value_containing_a_global_stopword_is_not_reported()
    {
        var plain = Fake.Random(8, 33) + Fake.Random(8, 34);
        var example = Fake.Random(8, 33) + "EXAMPLE" + Fake.Random(8, 34);
        var exampleToken = Base62Checksum.Complete("gh" + "p_", "EXAMPLE" + Fake.Random(23, 35));

        Assert.Single(Fake.Scan($"api_key = \"{plain}\""));
        Assert.Empty(Fake.Scan($"api_key = \"{example}\""));
        Assert.True(Base62Checksum.IsValid(exampleToken));
        Assert.Empty(Fake.Scan($"TOKEN={exampleToken}"));
    }

    [Fact]
    public void A_rule_that_skips_placeholder_filters_ignores_the_global_stopwords()
    {
        var lines = Fake.PrivateKey(36).Split('\n');
        lines[2] = "EXAMPLE" + lines[2][7..];

        var finding = Assert.Single(Fake.Scan(string.Join('\n', lines), "id_rsa"));

        Assert.Equal("secrets/private-key", finding.RuleId);
    }

    [Fact]
    public void A_placeholder_assigned_to_a_password_is_not_reported()
    {
        Assert.Empty(Fake.Scan("db_password = \"${DB_PASSWORD}\"\napi_key: \"<your-api-key>\"\nsecret = \"********\"\n"));
    }
}
