using static Bulwark.Scanners.Iac.Tests.Kubernetes.K8sTestValues;

namespace Bulwark.Scanners.Iac.Tests.Kubernetes;

public class KubernetesErrorTests
{
    [Fact]
    public void A_broken_document_in_the_middle_is_a_diagnostic_and_the_documents_around_it_still_load()
    {
        var document = Load("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: before
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: broken
                labels: oops
            ---
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: after
            data:
              key: value
            """);

        var problem = Assert.Single(document.Diagnostics);
        Assert.Equal("deploy/app.yaml", problem.File);
        Assert.Equal((10, 11), (problem.Range.StartLine, problem.Range.StartColumn));
        Assert.StartsWith("invalid YAML", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["ConfigMap/before", "ConfigMap/after"], document.Resources.Select(r => r.Address));
        Assert.Equal(17, document.Resource("ConfigMap", "after").Line("data.key"));
    }

    [Fact]
    public void An_unclosed_bracket_is_reported_where_it_was_opened()
    {
        var document = Load("""
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: first
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: unclosed
            spec:
              containers: [{name: a, image: b}
            """);

        var problem = Assert.Single(document.Diagnostics);
        Assert.Equal((11, 15), (problem.Range.StartLine, problem.Range.StartColumn));
        Assert.Equal(["ConfigMap/first"], document.Resources.Select(r => r.Address));
    }

    [Fact]
    public void A_duplicate_key_is_a_diagnostic_for_its_document_only()
    {
        var document = Load("""
            apiVersion: v1
            kind: Pod
            metadata:
              name: twice
              name: again
            ---
            apiVersion: v1
            kind: Namespace
            metadata:
              name: fine
            """);

        var problem = Assert.Single(document.Diagnostics);
        Assert.Equal((5, 3), (problem.Range.StartLine, problem.Range.StartColumn));
        Assert.Contains("Duplicate key", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["Namespace/fine"], document.Resources.Select(r => r.Address));
    }

    [Theory]
    [InlineData("")]
    [InlineData("---\n")]
    [InlineData("# nothing but a comment\n")]
    [InlineData("- a\n- b\n")]
    [InlineData("\"unterminated\n")]
    [InlineData("a: [1, {b: 2\n")]
    public void Odd_input_never_throws(string text)
    {
        var document = Load(text);

        Assert.Empty(document.Resources);
    }
}
