using Bulwark.Scanners.Detection.Parsing;

namespace Bulwark.Scanners.Detection.Tests.Parsing;

public sealed class FieldListTests
{
    [Fact]
    public void Names_are_found_by_value_not_only_by_reference()
    {
        var fields = new EventFields();
        fields.Append("CommandLine", "id");
        var built = fields.Build();

        // A name built at run time is another string than the interned literal.
        var name = string.Concat("Command", "Line");
        Assert.True(built.TryGetValue(name, out var value));
        Assert.Equal("id", value.Single);
        Assert.False(built.ContainsKey("commandline"));
    }

    [Fact]
    public void Many_fields_keep_their_order_values_and_lookups()
    {
        var fields = new EventFields();
        for (var i = 0; i < 100; i++)
        {
            fields.Append($"f{i}", $"v{i}");
        }

        fields.Append("f7", "again");
        fields.Set("f8", "replaced");
        fields.TryAddNull("f9");
        fields.TryAddNull("nothing");
        var built = fields.Build();

        Assert.Equal(101, built.Count);
        Assert.Equal(["v7", "again"], built["f7"].Values);
        Assert.Equal("replaced", built["f8"].Single);
        Assert.Equal("v9", built["f9"].Single);
        Assert.True(built["nothing"].IsNull);
        Assert.Equal("f0", built.Keys.First());
        Assert.Equal("v99", built[string.Concat("f", "99")].Single);
        Assert.Throws<KeyNotFoundException>(() => built["f100"]);
    }

    [Fact]
    public void A_value_appended_after_a_null_replaces_the_null()
    {
        var fields = new EventFields();
        fields.TryAddNull("x");
        fields.Append("x", "later");

        Assert.Equal("later", fields.Build()["x"].Single);
    }
}
