namespace Bulwark.Scanners.Secrets.Tests;

public sealed class ValidatorTests
{
    private const string LowerFirst = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static string Encode(uint value, string alphabet)
    {
        var digits = new char[6];
        for (var i = 5; i >= 0; i--)
        {
            digits[i] = alphabet[(int)(value % 62)];
            value /= 62;
        }

        return new string(digits);
    }

    [Theory]
    [InlineData(41)]
    [InlineData(42)]
    [InlineData(43)]
    public void A_completed_token_passes_the_checksum(int seed)
    {
        var token = Base62Checksum.Complete("np" + "m_", Fake.Random(30, seed));

        Assert.Equal(40, token.Length);
        Assert.True(Base62Checksum.IsValid(token));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(20)]
    [InlineData(35)]
    [InlineData(39)]
    public void Changing_one_character_of_the_random_part_or_checksum_fails(int index)
    {
        var token = Fake.GitHubToken(44).ToCharArray();
        token[index] = token[index] == 'A' ? 'B' : 'A';

        Assert.False(Base62Checksum.IsValid(new string(token)));
    }

    [Fact]
    public void A_checksum_in_the_lower_case_first_alphabet_is_accepted_too()
    {
        var random = Fake.Random(30, 45);
        var upperFirst = Base62Checksum.Complete("gh" + "p_", random);
        var lowerFirst = "gh" + "p_" + random + Encode(Crc32.Of(random), LowerFirst);

        Assert.NotEqual(upperFirst, lowerFirst);
        Assert.True(Base62Checksum.IsValid(lowerFirst));
    }

    [Fact]
    public void A_token_shorter_than_thirty_six_characters_fails()
    {
        Assert.False(Base62Checksum.IsValid(Fake.GitHubToken(46)[^35..]));
    }

    [Fact]
    public void Crc32_gives_the_standard_check_value()
    {
        Assert.Equal(0xCBF43926u, Crc32.Of("123456789"));
    }

    [Fact]
    public void A_token_with_an_alg_header_and_json_payload_is_a_jwt()
    {
        Assert.True(JwtShape.IsValid(Fake.Jwt(47)));
    }

    [Fact]
    public void A_header_without_alg_is_not_a_jwt()
    {
        var token = Fake.Base64Url("{\"typ\":\"JWT\"}") + "." + Fake.Base64Url("{\"sub\":\"x\"}") + ".c2lnbmF0dXJl";

        Assert.False(JwtShape.IsValid(token));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void A_token_without_exactly_three_parts_is_not_a_jwt(int parts)
    {
        var token = string.Join('.', Enumerable.Range(0, parts).Select(i => i < 2 ? Fake.Base64Url("{\"alg\":\"none\"}") : "c2ln"));

        Assert.False(JwtShape.IsValid(token));
    }

    [Theory]
    [InlineData("not json at all", "{\"sub\":\"x\"}")]
    [InlineData("{\"alg\":\"HS256\"}", "[1,2,3]")]
    [InlineData("[\"alg\"]", "{\"sub\":\"x\"}")]
    public void Parts_that_do_not_decode_to_json_objects_are_not_a_jwt(string header, string payload)
    {
        Assert.False(JwtShape.IsValid(Fake.Base64Url(header) + "." + Fake.Base64Url(payload) + ".c2lnbmF0dXJl"));
    }

    [Fact]
    public void A_part_that_is_not_base64_is_not_a_jwt()
    {
        Assert.False(JwtShape.IsValid("e!!." + Fake.Base64Url("{\"sub\":\"x\"}") + ".c2ln"));
    }

    [Fact]
    public void A_real_looking_key_body_is_valid()
    {
        Assert.True(PrivateKeyBody.IsValid(Fake.PrivateKey(48)));
    }

    [Fact]
    public void A_key_body_written_with_escaped_newlines_and_pem_headers_is_valid()
    {
        var body = string.Join("\\n", Enumerable.Range(0, 3).Select(i => Fake.Random(64, 49 + i, "ABCDEFabcdef0123456789+/")));

        Assert.True(PrivateKeyBody.IsValid("\\nProc-Type: 4,ENCRYPTED\\nDEK-Info: AES-128-CBC,0011\\n\\n" + body + "\\n"));
    }

    [Theory]
    [InlineData("\n...\n")]
    [InlineData("\nMIIEpAIBAAKCAQEA...\n")]
    [InlineData("\nMIIEpAIBAAKCAQEA…\n")]
    [InlineData("\nyour key goes here and it is long enough to pass the length test easily\n")]
    public void A_body_with_an_ellipsis_or_words_is_not_a_key(string body)
    {
        Assert.False(PrivateKeyBody.IsValid(body));
    }

    [Fact]
    public void A_body_shorter_than_64_base64_characters_is_not_a_key()
    {
        Assert.False(PrivateKeyBody.IsValid("\n" + Fake.Random(63, 52) + "\n"));
        Assert.True(PrivateKeyBody.IsValid("\n" + Fake.Random(64, 52) + "\n"));
    }

    [Fact]
    public void Validators_are_found_by_name()
    {
        Assert.Equal(["base62-crc32", "jwt", "private-key-body"], SecretValidators.Names);
        Assert.True(SecretValidators.Validate("base62-crc32", Fake.GitHubToken(53)));
        Assert.False(SecretValidators.Exists("luhn"));
    }
}
