using Bulwark.Scanners.Packages.Extractors;
using Bulwark.Scanners.Packages.Extractors.Java;
using Bulwark.Scanners.Packages.Model;

namespace Bulwark.Scanners.Packages.Tests.Extractors.Java;

public class GradleLockfileExtractorTests
{
    private static Extraction Extract(string text, string path = "app/gradle.lockfile") =>
        new GradleLockfileExtractor().Extract(ExtractorInput.FromText(path, text));

    [Fact]
    public void Each_locked_module_is_a_package_and_test_only_ones_are_development()
    {
        var extraction = Extract("""
            # This is a Gradle generated file for dependency locking.
            # Manual edits can break the build and are not advised.
            # This file is expected to be part of source control.
            com.fasterxml.jackson.core:jackson-databind:2.17.1=compileClasspath,runtimeClasspath,testCompileClasspath,testRuntimeClasspath
            org.junit.jupiter:junit-jupiter-api:5.10.2=testCompileClasspath,testRuntimeClasspath
            org.assertj:assertj-core:3.26.0=testFixturesCompileClasspath
            org.projectlombok:lombok:1.18.32=annotationProcessor
            empty=testAnnotationProcessor
            """);

        Assert.Empty(extraction.Diagnostics);
        Assert.Equal(
            [
                ("com.fasterxml.jackson.core:jackson-databind", "2.17.1", 4, DependencyScope.Unknown, false),
                ("org.junit.jupiter:junit-jupiter-api", "5.10.2", 5, DependencyScope.Unknown, true),
                ("org.assertj:assertj-core", "3.26.0", 6, DependencyScope.Unknown, true),
                ("org.projectlombok:lombok", "1.18.32", 7, DependencyScope.Unknown, false),
            ],
            extraction.Packages.Select(p => (p.Name, p.Version, p.Line, p.Scope, p.Development)));
        Assert.Equal("pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.1", extraction.Packages[0].Purl);
    }

    [Fact]
    public void Malformed_lines_become_diagnostics_and_the_rest_is_read()
    {
        var extraction = Extract("com.google.guava:guava=compileClasspath\r\n:missing-group:1.0=runtimeClasspath\r\norg.slf4j:slf4j-api:2.0.13=runtimeClasspath\r\n", "buildscript-gradle.lockfile");

        Assert.Equal(["org.slf4j:slf4j-api"], extraction.Packages.Select(p => p.Name));
        Assert.Equal(3, extraction.Packages[0].Line);
        Assert.Equal([1, 2], extraction.Diagnostics.Select(d => d.Line));
        Assert.Contains("'com.google.guava:guava=compileClasspath'", extraction.Diagnostics[0].Message);
    }

    [Theory]
    [InlineData("gradle.lockfile", true)]
    [InlineData("app/buildscript-gradle.lockfile", true)]
    [InlineData("settings-gradle.lockfile", false)]
    [InlineData("build.gradle", false)]
    public void Recognises_gradle_lockfiles_by_name(string path, bool expected) =>
        Assert.Equal(expected, new GradleLockfileExtractor().Recognises(path));

    [Fact]
    public void The_family_lists_each_java_extractor_once()
    {
        Assert.Equal([typeof(GradleLockfileExtractor), typeof(PomXmlExtractor)], JavaExtractors.All.Select(e => e.GetType()));
    }
}
