using Bulwark.Scanners.Packages.Formats.Xml;

namespace Bulwark.Scanners.Packages.Tests.Formats.Xml;

public class XmlLineReaderTests
{
    [Fact]
    public void Elements_keep_their_line_and_column_attributes_and_text_and_names_ignore_case()
    {
        var root = XmlLineReader.Parse("""
            <?xml version="1.0"?>
            <!-- a project -->
            <Project xmlns="http://example.com/ns">
              <ItemGroup>
                <PackageReference Include="Serilog" Version="3.1.1" />
                <Note><![CDATA[a & b]]> and c</Note>
              </ItemGroup>
            </Project>
            """, out var error)!;

        Assert.Null(error);
        Assert.Equal(("Project", 3, 1), (root.Name, root.Line, root.Column));
        var reference = root.Child("itemgroup")!.Child("packagereference")!;
        Assert.Equal((5, 5), (reference.Line, reference.Column));
        Assert.Equal(("Serilog", "3.1.1"), (reference.Attribute("include"), reference.Attribute("Version")));
        Assert.Equal("a & b and c", root.Child("ItemGroup")!.ChildText("Note"));
        Assert.Equal(4, root.DescendantsAndSelf().Count());
    }

    [Fact]
    public void A_syntax_error_says_where_without_the_position_in_its_text_and_what_came_before_is_kept()
    {
        var root = XmlLineReader.Parse("<project>\n  <dependency><version>1.0</version></dependency>\n  <dependency>\n</project>", out var error);

        Assert.Equal("project", root!.Name);
        Assert.Equal(2, root.ChildrenNamed("dependency").Count());
        Assert.Equal(4, error!.Line);
        Assert.True(error.Column > 1);
        Assert.DoesNotContain("Line 4", error.Message);
        Assert.NotEmpty(error.Message);
    }

    [Fact]
    public void A_document_type_declaration_is_ignored_and_nothing_external_is_fetched()
    {
        var root = XmlLineReader.Parse("""
            <!DOCTYPE project [ <!ENTITY ext SYSTEM "file:///etc/passwd"> ]>
            <project><name>x</name></project>
            """, out var error);

        Assert.Equal("x", root?.ChildText("name"));
        Assert.Null(error);
    }
}
