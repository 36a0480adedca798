using Bulwark.Scanners.Packages.Formats.Toml;

namespace Bulwark.Scanners.Packages.Tests.Formats.Toml;

public class TomlReaderTests
{
    private static TomlNode ParseClean(string text)
    {
        var (root, errors) = TomlReader.Parse(text);
        Assert.Empty(errors);
        return root;
    }

    private static string[] ErrorRows(string text) =>
        TomlReader.Parse(text).Errors.Select(e => $"{e.Line}:{e.Column} {e.Message}").ToArray();

    [Fact]
    public void Basic_and_literal_strings_keep_their_text_and_basic_escapes_are_decoded()
    {
        var root = ParseClean("""
            basic = "tab\there \"quoted\" back\\slash \u00e9 \U0001F600 esc\e"
            literal = 'C:\Users\no "escapes" here'
            empty = ""
            "quoted key" = 'x'
            'literal key' = "y"
            """);

        Assert.Equal("tab\there \"quoted\" back\\slash \u00e9 \U0001F600 esc\u001b", root.String("basic"));
        Assert.Equal("C:\\Users\\no \"escapes\" here", root.String("literal"));
        Assert.Equal("", root.String("empty"));
        Assert.Equal("x", root.String("quoted key"));
        Assert.Equal("y", root.String("literal key"));
        Assert.Equal(["basic", "literal", "empty", "quoted key", "literal key"], root.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Multi_line_strings_trim_the_first_newline_join_escaped_line_ends_and_allow_quotes_before_the_end()
    {
        var root = ParseClean("multi = \"\"\"\nRoses are red\nViolets are \\\n    blue\"\"\"\n"
            + "raw = '''\nfirst \\n stays\n  second'''\n"
            + "quotes = \"\"\"say \"hi\" \"\"\"\"\"\n"
            + "single = '''it's''''\n"
            + "crlf = \"\"\"\r\nline\r\n\"\"\"\n"
            + "after = 1\n");

        Assert.Equal("Roses are red\nViolets are blue", root.String("multi"));
        Assert.Equal("first \\n stays\n  second", root.String("raw"));
        Assert.Equal("say \"hi\" \"\"", root.String("quotes"));
        Assert.Equal("it's'", root.String("single"));
        Assert.Equal("line\r\n", root.String("crlf"));
        Assert.Equal(13, root["after"]!.Line);
    }

    [Fact]
    public void Arrays_may_span_lines_with_comments_and_a_trailing_comma_and_each_item_keeps_its_line()
    {
        var root = ParseClean("""
            deps = [
                "a", # first
                # a comment line
                "b",

                ["nested", 'array'],
            ]
            numbers = [1, 2.5, -3, true, 1979-05-27]
            empty = []
            """);

        var deps = root["deps"]!;
        Assert.Equal(TomlNodeKind.Array, deps.Kind);
        Assert.Equal(1, deps.Line);
        Assert.Equal([(TomlNodeKind.String, 2), (TomlNodeKind.String, 4), (TomlNodeKind.Array, 6)], deps.Items.Select(i => (i.Kind, i.Line)));
        Assert.Equal(["a", "b"], deps.Items.Take(2).Select(i => i.Text));
        Assert.Equal(["nested", "array"], deps.Items[2].Items.Select(i => i.Text));
        Assert.Equal(["1", "2.5", "-3", "true", "1979-05-27"], root["numbers"]!.Items.Select(i => i.Text));
        Assert.All(root["numbers"]!.Items, i => Assert.Equal(TomlNodeKind.Literal, i.Kind));
        Assert.Empty(root["empty"]!.Items);
        Assert.Null(root.String("numbers"));
    }

    [Fact]
    public void Inline_tables_nest_and_take_dotted_keys()
    {
        var root = ParseClean("""
            source = { registry = "https://pypi.org/simple" }
            dep = { name = "x", extra = ["a", "b"], meta = { size = 10, sha.kind = "sha256" } }
            empty = {}
            """);

        Assert.Equal("https://pypi.org/simple", root["source"]!.String("registry"));
        var dep = root["dep"]!;
        Assert.Equal(TomlNodeKind.Table, dep.Kind);
        Assert.Equal("x", dep.String("name"));
        Assert.Equal(["a", "b"], dep["extra"]!.Items.Select(i => i.Text));
        Assert.Equal("10", dep["meta"]!["size"]!.Text);
        Assert.Equal("sha256", dep["meta"]!["sha"]!.String("kind"));
        Assert.Empty(root["empty"]!.Entries);
    }

    [Fact]
    public void Arrays_of_tables_collect_their_elements_and_sub_tables_go_to_the_last_element()
    {
        var root = ParseClean("""
            # leading comment
            [[package]]
            name = "a"

            [package.dependencies]
            b = "*"

            [[package]]   # trailing comment
            name = "b"
            [package.source]
            type = "git"

            [metadata]
            lock-version = "2.0"
            """);

        var packages = root.Tables("package").ToList();
        Assert.Equal([2, 8], packages.Select(p => p.Line));
        Assert.Equal(["a", "b"], packages.Select(p => p.String("name")));
        Assert.Equal("*", packages[0]["dependencies"]!.String("b"));
        Assert.Null(packages[1]["dependencies"]);
        Assert.Equal("git", packages[1]["source"]!.String("type"));
        Assert.Equal(5, packages[0]["dependencies"]!.Line);
        Assert.Equal("2.0", root["metadata"]!.String("lock-version"));
        Assert.Empty(root.Tables("metadata"));
    }

    [Fact]
    public void Dotted_keys_and_dotted_headers_build_nested_tables()
    {
        var root = ParseClean("""
            tool.poetry.name = "demo"
            [tool.poetry.dependencies]
            python = "^3.10"
            [ tool . "poetry" . group.dev.dependencies ]
            pytest = "^8"
            """);

        var poetry = root["tool"]!["poetry"]!;
        Assert.Equal("demo", poetry.String("name"));
        Assert.Equal("^3.10", poetry["dependencies"]!.String("python"));
        Assert.Equal("^8", poetry["group"]!["dev"]!["dependencies"]!.String("pytest"));
        Assert.Equal(4, poetry["group"]!.Line);
    }

    [Fact]
    public void Windows_line_endings_a_byte_order_mark_and_date_times_with_a_space_are_read()
    {
        var root = ParseClean("\uFEFFa = 1\r\n# c\r\n[t]\r\nwhen = 1979-05-27 07:32:00Z\r\nlocal = 07:32:00\r\nb = \"x\" # c\r\n");

        Assert.Equal("1", root["a"]!.Text);
        Assert.Equal("1979-05-27 07:32:00Z", root["t"]!["when"]!.Text);
        Assert.Equal("07:32:00", root["t"]!["local"]!.Text);
        Assert.Equal(6, root["t"]!["b"]!.Line);
    }

    [Fact]
    public void Errors_carry_line_and_column_and_reading_resumes_at_the_next_statement()
    {
        var text = """
            a = "unclosed
            b = 'fine'
            = "no key"
            c = bare
            d = "bad \q escape"
            e = 1 2
            f = "kept"
            g
            """;
        var (root, errors) = TomlReader.Parse(text);

        Assert.Equal(
            [
                "1:14 the string is not closed on its line",
                "3:1 unexpected \"=\" where a key should be",
                "4:5 \"bare\" is not a TOML value (a string needs quotes)",
                "5:10 \\q is not a TOML escape",
                "6:7 unexpected \"2\" after the value; a new key or header starts on a new line",
                "8:2 expected \"=\" after the key \"g\"",
            ],
            errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"));
        Assert.Equal(["b", "e", "f"], root.Entries.Select(e => e.Key));
    }

    [Fact]
    public void A_key_defined_twice_keeps_the_first_value_and_is_reported_at_the_second_key()
    {
        var (root, errors) = TomlReader.Parse("name = \"first\"\nname = [\n  \"second\",\n]\nnext = 1\n");

        Assert.Equal("first", root.String("name"));
        Assert.Equal("1", root["next"]!.Text);
        Assert.Equal(["2:1 the key \"name\" is defined twice; the first value is kept"], errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"));
    }

    [Fact]
    public void The_keys_under_a_broken_header_do_not_land_in_the_table_before_it()
    {
        var (root, errors) = TomlReader.Parse("""
            [[package]]
            name = "a"

            [[package]
            name = "b"
            source = "x"

            [[package]]
            name = "c"
            """);

        var packages = root.Tables("package").ToList();
        Assert.Equal(["a", "c"], packages.Select(p => p.String("name")));
        Assert.Null(packages[0]["source"]);
        Assert.Equal(["4:10 expected \"]]\" to close the table header; the keys under this header are not read"], errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"));
    }

    [Fact]
    public void An_array_left_open_is_reported_with_the_line_it_opened_on_and_the_header_it_swallowed_is_still_read()
    {
        var (root, errors) = TomlReader.Parse("""
            [[package]]
            name = "a"
            dependencies = [
                "b",

            [[package]]
            name = "b"
            """);

        Assert.Equal(["a", "b"], root.Tables("package").Select(p => p.String("name")));
        Assert.Null(root.Tables("package").First()["dependencies"]);
        Assert.Equal(["6:3 \"package\" is not a TOML value (a string needs quotes) (in the array opened on line 3)"], errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"));
    }

    [Fact]
    public void Unclosed_values_at_the_end_of_the_file_are_reported_on_the_line_they_start_or_end()
    {
        Assert.Equal(["2:7 the array opened on line 1 is not closed with \"]\""], ErrorRows("a = [\n  \"x\",\n"));
        Assert.Equal(["1:12 the inline table opened on line 1 is not closed with \"}\""], ErrorRows("a = { b = 1"));
        Assert.Equal(["1:6 a backslash at the end of the line is not a TOML escape"], ErrorRows("a = \"\\\nb = 1"));
        Assert.Equal(["3:4 the multi-line string opened on line 1 is not closed with \"\"\""], ErrorRows("a = \"\"\"\nfirst\nend"));
        Assert.Equal(["1:5 expected a value"], ErrorRows("a = "));
    }

    [Fact]
    public void Conflicting_definitions_are_reported_at_the_header_or_key_and_the_first_definition_kept()
    {
        var (root, errors) = TomlReader.Parse("""
            a = 1
            [a]
            x = 1
            [b]
            [[b]]
            c = "lost"
            [t]
            a = 1
            a.b = 2
            u.v = 3
            """);

        Assert.Equal("1", root["a"]!.Text);
        Assert.Null(root["x"]);
        Assert.Equal(TomlNodeKind.Table, root["b"]!.Kind);
        Assert.Empty(root["b"]!.Entries);
        Assert.Equal("1", root["t"]!["a"]!.Text);
        Assert.Equal("3", root["t"]!["u"]!["v"]!.Text);
        Assert.Equal(
            [
                "2:1 \"a\" is already defined, and not as a table; the keys under this header are not read",
                "5:1 \"b\" is already defined, and not as an array of tables; the keys under this header are not read",
                "9:1 \"a\" is already a value, so it cannot hold keys",
            ],
            errors.Select(e => $"{e.Line}:{e.Column} {e.Message}"));
    }

    [Fact]
    public void Deep_nesting_is_an_error_and_not_a_stack_overflow()
    {
        var errors = ErrorRows("a = " + new string('[', 5000) + "\nb = 1\n");

        Assert.Equal("1:70 values nested more than 64 deep", Assert.Single(errors));
    }

    [Fact]
    public void Every_cut_of_a_document_parses_without_throwing()
    {
        const string text = "# c\na = \"x\\u00e9\" # c\nb = '''\nl'''\nc = \"\"\"\\\n  y\"\"\"\n[t.'u']\nd = [1, { e = [\"f\"] },\n]\n[[p]]\ng.h = 1979-05-27 07:32:00\n";
        for (var length = 0; length <= text.Length; length++)
        {
            var (_, errors) = TomlReader.Parse(text[..length]);
            Assert.All(errors, e => Assert.True(e.Line >= 1 && e.Column >= 1));
        }
    }
}
