using Bulwark.Scanners.Packages.Extractors;
using Bulwark.Scanners.Packages.Extractors.DotNet;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Tests.Extractors.DotNet;

public class ProjectFileExtractorTests
{
    private static Extraction Extract(string path, string text, Dictionary<string, string>? others = null) =>
        new ProjectFileExtractor().Extract(ExtractorInput.FromText(path, text, p => others?.GetValueOrDefault(p)));

    private static IEnumerable<(string, string, int, DependencyScope, bool)> Rows(Extraction extraction) =>
        extraction.Packages.Select(p => (p.Name, p.Version, p.Line, p.Scope, p.Development));

    [Fact]
    public void Versions_come_from_attributes_child_elements_and_properties_and_update_items_are_not_listed()
    {
        var extraction = Extract("src/Api/Api.csproj", """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net8.0</TargetFramework>
                <EfVersion>8.0.6</EfVersion>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Serilog.AspNetCore" Version="8.0.1" />
                <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="$(EfVersion)" />
                <PackageReference Include="Swashbuckle.AspNetCore">
                  <Version>6.6.2</Version>
                  <PrivateAssets>all</PrivateAssets>
                </PackageReference>
                <PackageReference Include="Polly" Version="[8.4.1]" />
                <PackageReference Update="Microsoft.NET.ILLink.Tasks" Version="8.0.6" />
                <PackageReference Include="MediatR" Version="$(MediatRVersion)" />
              </ItemGroup>
            </Project>
            """, new() { ["src/Directory.Build.props"] = "<Project><PropertyGroup><MediatRVersion>12.3.0</MediatRVersion></PropertyGroup></Project>" });

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                ("Serilog.AspNetCore", "8.0.1", 7, DependencyScope.Direct, false),
                ("Microsoft.EntityFrameworkCore.SqlServer", "8.0.6", 8, DependencyScope.Direct, false),
                ("Swashbuckle.AspNetCore", "6.6.2", 9, DependencyScope.Direct, false),
                ("Polly", "8.4.1", 13, DependencyScope.Direct, false),
                ("MediatR", "12.3.0", 15, DependencyScope.Direct, false),
            ],
            Rows(extraction));
        Assert.Equal("pkg:nuget/Serilog.AspNetCore@8.0.1", extraction.Packages[0].Purl);
        Assert.All(extraction.Packages, p => Assert.Null(p.Note));
    }

    [Fact]
    public void Central_package_management_takes_versions_from_the_nearest_directory_packages_props_and_its_imports()
    {
        var others = new Dictionary<string, string>
        {
            ["src/Directory.Packages.props"] = """
                <Project>
                  <Import Project="$([MSBuild]::GetPathOfFileAbove(Directory.Packages.props, $(MSBuildThisFileDirectory)..))" />
                  <PropertyGroup>
                    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
                    <AwsVersion>3.7.400</AwsVersion>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageVersion Include="AWSSDK.S3" Version="$(AwsVersion)" />
                    <PackageVersion Include="FluentValidation" Version="11.9.2" />
                  </ItemGroup>
                </Project>
                """,
            ["Directory.Packages.props"] = """
                <Project>
                  <ItemGroup>
                    <PackageVersion Include="FluentValidation" Version="10.0.0" />
                    <PackageVersion Include="Dapper" Version="2.1.35" />
                  </ItemGroup>
                </Project>
                """,
        };

        var extraction = Extract("src/Worker/Worker.csproj", """
            <Project Sdk="Microsoft.NET.Sdk.Worker">
              <ItemGroup>
                <PackageReference Include="AWSSDK.S3" />
                <PackageReference Include="FluentValidation" />
                <PackageReference Include="Dapper" />
                <PackageReference Include="Npgsql" VersionOverride="8.0.3" />
                <PackageReference Include="Humanizer" />
              </ItemGroup>
            </Project>
            """, others);

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                ("AWSSDK.S3", "3.7.400", 3, DependencyScope.Direct, false),
                ("FluentValidation", "11.9.2", 4, DependencyScope.Direct, false),
                ("Dapper", "2.1.35", 5, DependencyScope.Direct, false),
                ("Npgsql", "8.0.3", 6, DependencyScope.Direct, false),
                ("Humanizer", "", 7, DependencyScope.Direct, false),
            ],
            Rows(extraction));
        Assert.Equal("no Version here, and src/Directory.Packages.props has no PackageVersion for Humanizer, so the version is unknown", extraction.Packages[4].Note);
        Assert.Equal("pkg:nuget/Humanizer", extraction.Packages[4].Purl);
    }

    [Fact]
    public void Versions_that_stay_unknown_are_empty_with_a_note_saying_why()
    {
        var extraction = Extract("Tool.fsproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="FSharp.Core" />
                <PackageReference Include="Argu" Version="$(ArguVersion)" />
                <PackageReference Include="Expecto" Version="10.*" />
                <PackageReference Include="FsCheck" Version="[2.16,3.0)" />
              </ItemGroup>
            </Project>
            """);

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(["", "", "", ""], extraction.Packages.Select(p => p.Version));
        Assert.Equal([3, 4, 5, 6], extraction.Packages.Select(p => p.Line));
        Assert.Contains("no Directory.Packages.props (central package management) in this folder or a parent", extraction.Packages[0].Note);
        Assert.Contains("uses $(ArguVersion), which is not defined", extraction.Packages[1].Note);
        Assert.Contains("'10.*' is a version range or floating version", extraction.Packages[2].Note);
        Assert.Contains("'[2.16,3.0)' is a version range", extraction.Packages[3].Note);
    }

    [Fact]
    public void Broken_xml_gives_a_diagnostic_at_its_line_and_keeps_the_references_before_it()
    {
        var extraction = Extract("App.vbproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="Newtonsoft.Json" Version="13.0.3" />
                <PackageReference Include="" Version="1.0.0" />
                <PackageReference Include="Dapper" Version="2.1.35">
              </ItemGroup>
              <ItemGroup>
                <PackageReference Include="Polly" Version="8.4.1" />
              </ItemGroup>
            </Project>
            """);

        Assert.Equal(
            [
                ("Newtonsoft.Json", "13.0.3", 3, DependencyScope.Direct, false),
                ("Dapper", "2.1.35", 5, DependencyScope.Direct, false),
            ],
            Rows(extraction));
        Assert.Equal([6, 4], extraction.Diagnostics.Select(d => d.Line));
        Assert.StartsWith("not well-formed XML: ", extraction.Diagnostics[0].Message);
        Assert.DoesNotContain("Line 6", extraction.Diagnostics[0].Message);
        Assert.Equal("a PackageReference has an empty Include; it is skipped", extraction.Diagnostics[1].Message);
    }

    [Fact]
    public void A_doctype_with_an_external_entity_is_never_resolved()
    {
        var extraction = Extract("Evil.csproj", """
            <?xml version="1.0"?>
            <!DOCTYPE Project [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
            <Project><ItemGroup><PackageReference Include="A" Version="1.0.0" /></ItemGroup></Project>
            """);

        Assert.Equal([("A", "1.0.0", 3, DependencyScope.Direct, false)], Rows(extraction));
    }

    [Theory]
    [InlineData("src/Api/Api.csproj", true)]
    [InlineData("Lib.FSPROJ", true)]
    [InlineData("Legacy.vbproj", true)]
    [InlineData("Directory.Packages.props", false)]
    [InlineData("Api.csproj.user", false)]
    public void Recognises_project_files_by_extension(string path, bool expected) =>
        Assert.Equal(expected, new ProjectFileExtractor().Recognises(path));

    [Fact]
    public void Every_cut_of_a_valid_file_reads_without_throwing()
    {
        const string text = "<Project><PropertyGroup><V>1.0</V></PropertyGroup><ItemGroup><PackageReference Include=\"A\" Version=\"$(V)\"><Version>2</Version></PackageReference></ItemGroup></Project>";
        for (var length = 0; length <= text.Length; length++)
        {
            _ = Extract("a/A.csproj", text[..length], new() { ["Directory.Packages.props"] = text[..length] });
        }
    }

    [Fact]
    public void The_family_lists_each_dotnet_extractor_once()
    {
        Assert.Equal(
            [typeof(DepsJsonExtractor), typeof(PackagesLockJsonExtractor), typeof(ProjectFileExtractor)],
            DotNetExtractors.All.Select(e => e.GetType()));
    }
}
