using Bulwark.Scanners.Iac.Model;
using static Bulwark.Scanners.Iac.Tests.CloudFormation.CfnTestValues;

namespace Bulwark.Scanners.Iac.Tests.CloudFormation;

public class CloudFormationErrorTests
{
    [Fact]
    public void A_YAML_error_gives_a_diagnostic_with_line_and_column_and_keeps_whole_resources_before_it()
    {
        const string yaml = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              First:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: first
              Second:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: second
                 Broken: here
              Third:
                Type: AWS::S3::Bucket
            """;

        var document = Load(yaml);

        var problem = Assert.Single(document.Diagnostics);
        Assert.Equal((11, 6), (problem.Range.StartLine, problem.Range.StartColumn));
        Assert.StartsWith("invalid YAML", problem.Message, StringComparison.Ordinal);
        // Second is cut at the error, so its missing keys could look like insecure defaults: it is left out.
        Assert.Equal(["First"], document.Resources.Select(r => r.Name));
    }

    [Fact]
    public void A_resource_without_a_Type_gives_a_diagnostic_and_the_others_load()
    {
        const string yaml = """
            Resources:
              NoType:
                Properties: {}
              Bucket:
                Type: AWS::S3::Bucket
            """;

        var document = Load(yaml);

        var problem = Assert.Single(document.Diagnostics);
        Assert.Equal(2, problem.Range.StartLine);
        Assert.Contains("NoType", problem.Message, StringComparison.Ordinal);
        Assert.Equal(["Bucket"], document.Resources.Select(r => r.Name));
    }

    [Theory]
    [InlineData("- a\n- b\n")]
    [InlineData("just text")]
    [InlineData("")]
    [InlineData("Resources: [1, 2\n")]
    [InlineData("Resources:\n  A: !Ref\n  B: !GetAtt\n  C: !Sub [x]\n  D: !If [c]\n  E: !FindInMap [a]\n  F: !Select [9, [a]]\n")]
    [InlineData("Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: !Join [1]\n      Y: !Sub [\"${x}\", 3]\n      Z: !Split [\"\", a]\n")]
    public void Malformed_input_never_throws(string yaml)
    {
        var document = Load(yaml);

        Assert.Equal("template.yaml", document.File);
    }

    [Fact]
    public void A_duplicate_key_is_a_diagnostic_not_an_exception()
    {
        var document = Load("Resources:\n  A:\n    Type: AWS::S3::Bucket\n  A:\n    Type: AWS::SQS::Queue\n");

        Assert.NotEmpty(document.Diagnostics);
    }
}
