using Bulwark.Scanners.Packages.Extractors;
using Bulwark.Scanners.Packages.Extractors.Java;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Java;

public class PomXmlExtractorTests
{
    private const string ParentPom = """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example.shop</groupId>
          <artifactId>shop-parent</artifactId>
          <version>2.3.0</version>
          <packaging>pom</packaging>
          <properties>
            <jackson.version>2.17.1</jackson.version>
            <slf4j.version>2.0.13</slf4j.version>
          </properties>
          <dependencyManagement>
            <dependencies>
              <dependency>
                <groupId>com.fasterxml.jackson.core</groupId>
                <artifactId>jackson-databind</artifactId>
                <version>${jackson.version}</version>
              </dependency>
              <dependency>
                <groupId>${project.groupId}</groupId>
                <artifactId>shop-domain</artifactId>
                <version>${project.version}</version>
              </dependency>
            </dependencies>
          </dependencyManagement>
        </project>
        """;

    private const string ChildPom = """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <parent>
            <groupId>com.example.shop</groupId>
            <artifactId>shop-parent</artifactId>
            <version>2.3.0</version>
          </parent>
          <artifactId>shop-api</artifactId>
          <dependencies>
            <dependency>
              <groupId>com.fasterxml.jackson.core</groupId>
              <artifactId>jackson-databind</artifactId>
            </dependency>
            <dependency>
              <groupId>org.slf4j</groupId>
              <artifactId>slf4j-api</artifactId>
              <version>${slf4j.version}</version>
            </dependency>
            <dependency>
              <groupId>com.example.shop</groupId>
              <artifactId>shop-domain</artifactId>
            </dependency>
          </dependencies>
        </project>
        """;

    private static Extraction Extract(string path, string text, Dictionary<string, string>? others = null) =>
        new PomXmlExtractor().Extract(ExtractorInput.FromText(path, text, p => others?.GetValueOrDefault(p)));

    private static IEnumerable<(string, string, int, DependencyScope, bool)> Rows(Extraction extraction) =>
        extraction.Packages.Select(p => (p.Name, p.Version, p.Line, p.Scope, p.Development));

    [Fact]
    public void Properties_project_version_and_dependency_management_give_versions_and_test_scope_is_development()
    {
        var extraction = Extract("pom.xml", """
            <project>
              <groupId>com.example</groupId>
              <artifactId>billing</artifactId>
              <version>1.4.0</version>
              <properties>
                <spring.version>6.1.8</spring.version>
                <spring-core.version>${spring.version}</spring-core.version>
              </properties>
              <dependencyManagement>
                <dependencies>
                  <dependency>
                    <groupId>org.apache.logging.log4j</groupId>
                    <artifactId>log4j-core</artifactId>
                    <version>2.23.1</version>
                  </dependency>
                </dependencies>
              </dependencyManagement>
              <dependencies>
                <dependency>
                  <groupId>org.springframework</groupId>
                  <artifactId>spring-core</artifactId>
                  <version>${spring-core.version}</version>
                </dependency>
                <dependency>
                  <groupId>org.apache.logging.log4j</groupId>
                  <artifactId>log4j-core</artifactId>
                </dependency>
                <dependency>
                  <groupId>${project.groupId}</groupId>
                  <artifactId>billing-model</artifactId>
                  <version>${project.version}</version>
                </dependency>
                <dependency>
                  <groupId>org.junit.jupiter</groupId>
                  <artifactId>junit-jupiter</artifactId>
                  <version>5.10.2</version>
                  <scope>test</scope>
                </dependency>
              </dependencies>
              <build>
                <plugins>
                  <plugin>
                    <artifactId>maven-surefire-plugin</artifactId>
                    <dependencies>
                      <dependency>
                        <groupId>org.ow2.asm</groupId>
                        <artifactId>asm</artifactId>
                        <version>9.7</version>
                      </dependency>
                    </dependencies>
                  </plugin>
                </plugins>
              </build>
              <profiles>
                <profile>
                  <id>postgres</id>
                  <dependencies>
                    <dependency>
                      <groupId>org.postgresql</groupId>
                      <artifactId>postgresql</artifactId>
                      <version>42.7.3</version>
                    </dependency>
                  </dependencies>
                </profile>
              </profiles>
            </project>
            """);

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                ("org.springframework:spring-core", "6.1.8", 19, DependencyScope.Direct, false),
                ("org.apache.logging.log4j:log4j-core", "2.23.1", 24, DependencyScope.Direct, false),
                ("com.example:billing-model", "1.4.0", 28, DependencyScope.Direct, false),
                ("org.junit.jupiter:junit-jupiter", "5.10.2", 33, DependencyScope.Direct, true),
                ("org.postgresql:postgresql", "42.7.3", 58, DependencyScope.Direct, false),
            ],
            Rows(extraction));
        Assert.Equal("pkg:maven/org.apache.logging.log4j/log4j-core@2.23.1", extraction.Packages[1].Purl);
        Assert.Null(extraction.Packages[0].Note);
        Assert.Equal("declared in profile 'postgres', so only used when that profile is active", extraction.Packages[4].Note);
    }

    [Fact]
    public void A_parent_pom_in_the_scan_supplies_properties_and_managed_versions()
    {
        var extraction = Extract("shop/api/pom.xml", ChildPom, new() { ["shop/pom.xml"] = ParentPom });

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                ("com.fasterxml.jackson.core:jackson-databind", "2.17.1", 11, DependencyScope.Direct, false),
                ("org.slf4j:slf4j-api", "2.0.13", 15, DependencyScope.Direct, false),
                ("com.example.shop:shop-domain", "2.3.0", 20, DependencyScope.Direct, false),
            ],
            Rows(extraction));
        Assert.All(extraction.Packages, p => Assert.Null(p.Note));
    }

    [Fact]
    public void Versions_that_depend_on_a_parent_pom_not_in_the_scan_are_empty_with_a_note_naming_it()
    {
        var extraction = Extract("shop/api/pom.xml", ChildPom);

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                ("com.fasterxml.jackson.core:jackson-databind", "", 11, DependencyScope.Direct, false),
                ("org.slf4j:slf4j-api", "", 15, DependencyScope.Direct, false),
                ("com.example.shop:shop-domain", "", 20, DependencyScope.Direct, false),
            ],
            Rows(extraction));
        Assert.Equal(
            "no version here, so it comes from the parent POM com.example.shop:shop-parent:2.3.0 (its dependencyManagement), which is not in the scan; the version is unresolved",
            extraction.Packages[0].Note);
        Assert.Equal(
            "the version '${slf4j.version}' uses ${slf4j.version}, which is not defined in this POM; it is expected from the parent POM com.example.shop:shop-parent:2.3.0, which is not in the scan, so the version is unresolved",
            extraction.Packages[1].Note);
        Assert.Equal("pkg:maven/org.slf4j/slf4j-api", extraction.Packages[1].Purl);
    }

    [Fact]
    public void A_pom_at_the_relative_path_with_other_coordinates_is_not_the_parent()
    {
        var other = ParentPom.Replace("<artifactId>shop-parent</artifactId>", "<artifactId>something-else</artifactId>", StringComparison.Ordinal);
        var extraction = Extract("shop/api/pom.xml", ChildPom, new() { ["shop/pom.xml"] = other });

        Assert.All(extraction.Packages, p => Assert.Equal("", p.Version));
        Assert.All(extraction.Packages, p => Assert.Contains("parent POM com.example.shop:shop-parent:2.3.0", p.Note));
    }

    [Fact]
    public void An_explicit_relative_path_to_a_folder_is_followed_and_an_empty_one_means_a_repository_parent()
    {
        var toFolder = ChildPom.Replace("<version>2.3.0</version>\n  </parent>", "<version>2.3.0</version>\n    <relativePath>../../build/parent</relativePath>\n  </parent>", StringComparison.Ordinal);
        var empty = ChildPom.Replace("<version>2.3.0</version>\n  </parent>", "<version>2.3.0</version>\n    <relativePath/>\n  </parent>", StringComparison.Ordinal);
        Assert.NotEqual(ChildPom, toFolder);

        var followed = Extract("shop/api/pom.xml", toFolder, new() { ["build/parent/pom.xml"] = ParentPom });
        var notLooked = Extract("shop/api/pom.xml", empty, new() { ["shop/pom.xml"] = ParentPom });

        Assert.Equal(["2.17.1", "2.0.13", "2.3.0"], followed.Packages.Select(p => p.Version));
        Assert.Equal(["", "", ""], notLooked.Packages.Select(p => p.Version));
    }

    [Fact]
    public void Unknown_properties_imported_boms_and_ranges_leave_the_version_empty_and_say_why()
    {
        var extraction = Extract("pom.xml", """
            <project>
              <groupId>com.example</groupId>
              <artifactId>app</artifactId>
              <version>${revision}</version>
              <dependencyManagement>
                <dependencies>
                  <dependency>
                    <groupId>org.springframework.boot</groupId>
                    <artifactId>spring-boot-dependencies</artifactId>
                    <version>3.3.0</version>
                    <type>pom</type>
                    <scope>import</scope>
                  </dependency>
                </dependencies>
              </dependencyManagement>
              <dependencies>
                <dependency>
                  <groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter-web</artifactId>
                </dependency>
                <dependency>
                  <groupId>com.example</groupId>
                  <artifactId>app-core</artifactId>
                  <version>${project.version}</version>
                </dependency>
                <dependency>
                  <groupId>commons-io</groupId>
                  <artifactId>commons-io</artifactId>
                  <version>[2.11,3.0)</version>
                </dependency>
              </dependencies>
            </project>
            """);

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(["", "", ""], extraction.Packages.Select(p => p.Version));
        Assert.Contains("imported BOM (org.springframework.boot:spring-boot-dependencies:3.3.0)", extraction.Packages[0].Note);
        Assert.Equal("the version '${project.version}' uses ${revision}, which is not defined in this POM or its parents in the scan, so the version is unresolved", extraction.Packages[1].Note);
        Assert.Contains("'[2.11,3.0)' is a version range", extraction.Packages[2].Note);
    }

    [Fact]
    public void Broken_xml_and_incomplete_dependencies_give_diagnostics_and_the_rest_is_read()
    {
        var extraction = Extract("pom.xml", """
            <project>
              <dependencies>
                <dependency>
                  <groupId>com.google.guava</groupId>
                  <artifactId>guava</artifactId>
                  <version>33.2.1-jre</version>
                </dependency>
                <dependency>
                  <artifactId>no-group</artifactId>
                  <version>1.0</version>
                </dependency>
                <dependency>
                  <groupId>org.yaml</groupId>
                  <artifactId>snakeyaml</artifactId>
                  <version>2.2</version>
                </dependency>
                <dependency>
                  <groupId>broken
                </dependency>
              </dependencies>
            </project>
            """);

        Assert.Equal(
            [
                ("com.google.guava:guava", "33.2.1-jre", 3, DependencyScope.Direct, false),
                ("org.yaml:snakeyaml", "2.2", 12, DependencyScope.Direct, false),
            ],
            Rows(extraction));
        Assert.Equal([19, 8, 17], extraction.Diagnostics.Select(d => d.Line));
        Assert.StartsWith("not well-formed XML", extraction.Diagnostics[0].Message);
        Assert.Equal("a dependency needs both groupId and artifactId, but this one has no groupId; it is skipped", extraction.Diagnostics[1].Message);
    }

    [Fact]
    public void A_parent_cycle_stops()
    {
        var self = ChildPom.Replace("<artifactId>shop-api</artifactId>", "<artifactId>shop-parent</artifactId><groupId>com.example.shop</groupId>", StringComparison.Ordinal)
            .Replace("</parent>", "<relativePath>pom.xml</relativePath></parent>", StringComparison.Ordinal);
        var extraction = Extract("pom.xml", self, new() { ["pom.xml"] = self });

        Assert.Equal(3, extraction.Packages.Count);
    }

    [Theory]
    [InlineData("pom.xml", true)]
    [InlineData("services/api/pom.xml", true)]
    [InlineData("pom.xml.orig", false)]
    [InlineData("effective-pom.xml", false)]
    public void Recognises_pom_xml_by_name(string path, bool expected) =>
        Assert.Equal(expected, new PomXmlExtractor().Recognises(path));

    [Fact]
    public void Every_cut_of_a_valid_file_reads_without_throwing()
    {
        for (var length = 0; length <= ChildPom.Length; length++)
        {
            _ = Extract("a/b/pom.xml", ChildPom[..length], new() { ["a/pom.xml"] = ParentPom[..Math.Min(length, ParentPom.Length)] });
        }
    }
}
