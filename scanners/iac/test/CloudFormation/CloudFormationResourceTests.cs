using Bulwark.Scanners.Iac.Model;
using static Bulwark.Scanners.Iac.Tests.CloudFormation.CfnTestValues;

namespace Bulwark.Scanners.Iac.Tests.CloudFormation;

public class CloudFormationResourceTests
{
    [Fact]
    public void Each_resource_has_its_type_logical_id_range_and_attributes_as_written()
    {
        const string yaml = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              Logs:
                Type: AWS::S3::Bucket
                DeletionPolicy: Retain
                DependsOn: [Key]
                Metadata:
                  Owner: !Ref AWS::AccountId
                Properties:
                  BucketName: logs
              Key:
                Type: AWS::KMS::Key
            """;

        var logs = Load(yaml).Resource("Logs");

        Assert.Equal((IacPlatform.CloudFormation, "AWS::S3::Bucket", "Logs", "template.yaml"), (logs.Platform, logs.Type, logs.Address, logs.File));
        Assert.Equal((3, 3, 10, 23), (logs.Range.StartLine, logs.Range.StartColumn, logs.Range.EndLine, logs.Range.EndColumn));
        Assert.Equal(["Type", "DeletionPolicy", "DependsOn", "Metadata", "Properties"], logs.Attributes.Members.Select(m => m.Key));
        Assert.Equal("Retain", Show(logs.At("DeletionPolicy")));
        Assert.Equal("[Key]", Show(logs.At("DependsOn")));
        Assert.Equal("{Owner:{Ref:AWS::AccountId}}", Show(logs.At("Metadata")));
    }

    [Fact]
    public void SAM_globals_fill_in_what_a_function_does_not_set()
    {
        const string yaml = """
            Transform: AWS::Serverless-2016-10-31
            Globals:
              Function:
                Tracing: Active
                Runtime: python3.12
                Environment:
                  Variables:
                    STAGE: prod
            Resources:
              Handler:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: python3.13
                  Environment:
                    Variables:
                      TABLE: t
            """;

        var handler = Load(yaml).Resource("Handler");

        Assert.Equal("Active", Show(handler.At("Properties.Tracing")));
        Assert.StartsWith("Globals.Function.Tracing (template.yaml:4)", handler.At("Properties.Tracing")!.Origin, StringComparison.Ordinal);
        Assert.Equal("python3.13", Show(handler.At("Properties.Runtime")));
        Assert.Equal("{TABLE:t,STAGE:prod}", Show(handler.At("Properties.Environment.Variables")));
    }

    [Fact]
    public void A_resource_without_Properties_has_no_Properties_attribute()
    {
        var bucket = Load("Resources:\n  B:\n    Type: AWS::S3::Bucket\n").Resource("B");

        Assert.Null(bucket.At("Properties"));
    }
}
