using static Bulwark.Scanners.Iac.Tests.CloudFormation.CfnTestValues;

namespace Bulwark.Scanners.Iac.Tests.CloudFormation;

public class CloudFormationSuppressionTests
{
    private const string Template = """
        Resources:
          # checkov:skip=CKV_AWS_18:access logs are not needed here
          Before:
            Type: AWS::S3::Bucket
          Inside:
            Type: AWS::S3::Bucket
            # bulwark:ignore=iac/s3-versioning test data only
            Properties:
              BucketName: inside # trivy:ignore:AVD-AWS-0089
          OnKeyLine: # tfsec:ignore:aws-s3-enable-versioning
            Type: AWS::S3::Bucket
            Properties:
              # kics-scan ignore-line
              AccessControl: PublicRead
          WithMetadata:
            Type: AWS::S3::Bucket
            Metadata:
              checkov:
                skip:
                  - id: CKV_AWS_19
                    comment: encrypted by the bucket policy
              bulwark:
                skip: [iac/s3-public-read]
          Plain:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: "# not a comment"
        """;

    private static readonly Model.IacDocument Document = Load(Template);

    [Fact]
    public void A_comment_before_a_resource_covers_the_resource()
    {
        var skip = Assert.Single(Document.Resource("Before").Suppressions);

        Assert.Equal(("checkov", "CKV_AWS_18", "access logs are not needed here", 2), (skip.Tool, skip.RuleId, skip.Reason, skip.Range.StartLine));
    }

    [Fact]
    public void A_comment_inside_a_resource_covers_the_resource()
    {
        var skip = Assert.Single(Document.Resource("Inside").Suppressions);

        Assert.Equal(("bulwark", "iac/s3-versioning"), (skip.Tool, skip.RuleId));
    }

    [Fact]
    public void A_comment_at_the_end_of_a_property_line_covers_that_line_only()
    {
        var (file, skip) = Assert.Single(Document.LineSuppressions, s => s.Suppression.Tool == "trivy");

        Assert.Equal(("template.yaml", "AVD-AWS-0089", 9), (file, skip.RuleId, skip.CoversLine));
    }

    [Fact]
    public void A_comment_at_the_end_of_the_resource_key_line_covers_the_resource()
    {
        var skip = Assert.Single(Document.Resource("OnKeyLine").Suppressions);

        Assert.Equal(("tfsec", "aws-s3-enable-versioning"), (skip.Tool, skip.RuleId));
    }

    [Fact]
    public void A_kics_ignore_line_comment_covers_the_next_line()
    {
        var (_, skip) = Assert.Single(Document.LineSuppressions, s => s.Suppression.Tool == "kics");

        Assert.Equal(14, skip.CoversLine);
    }

    [Fact]
    public void Checkov_and_bulwark_metadata_skips_are_read()
    {
        var skips = Document.Resource("WithMetadata").Suppressions;

        Assert.Equal([("bulwark", "iac/s3-public-read", ""), ("checkov", "CKV_AWS_19", "encrypted by the bucket policy")],
            skips.Select(s => (s.Tool, s.RuleId, s.Reason)).Order());
        Assert.Equal(20, skips.Single(s => s.Tool == "checkov").Range.StartLine);
    }

    [Fact]
    public void A_hash_inside_a_quoted_string_is_not_a_comment() =>
        Assert.Empty(Document.Resource("Plain").Suppressions);
}
