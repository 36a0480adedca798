using Bulwark.Scanners.Iac.Model;
using static Bulwark.Scanners.Iac.Tests.CloudFormation.CfnTestValues;

namespace Bulwark.Scanners.Iac.Tests.CloudFormation;

public class CloudFormationJsonTests
{
    private const string Template = "{\n"
        + "\t\"AWSTemplateFormatVersion\": \"2010-09-09\",\n"
        + "\t\"Parameters\": {\"Versioning\": {\"Type\": \"String\", \"Default\": \"Suspended\"}},\n"
        + "\t\"Resources\": {\n"
        + "\t\t\"Bucket\": {\n"
        + "\t\t\t\"Type\": \"AWS::S3::Bucket\",\n"
        + "\t\t\t\"Metadata\": {\"checkov\": {\"skip\": [{\"id\": \"CKV_AWS_18\", \"comment\": \"logs go elsewhere\"}]}},\n"
        + "\t\t\t\"Properties\": {\n"
        + "\t\t\t\t\"VersioningConfiguration\": {\"Status\": {\"Ref\": \"Versioning\"}},\n"
        + "\t\t\t\t\"BucketName\": {\"Fn::Join\": [\"-\", [\"logs\", {\"Ref\": \"AWS::AccountId\"}]]}\n"
        + "\t\t\t}\n"
        + "\t\t}\n"
        + "\t}\n"
        + "}\n";

    [Fact]
    public void A_tab_indented_JSON_template_is_recognised_and_loads_with_positions()
    {
        Assert.True(Bulwark.Scanners.Iac.CloudFormation.CloudFormationLoader.Recognises("stack.json", Template));

        var document = Load(Template, "stack.json");
        var status = document.Resource("Bucket").At("Properties.VersioningConfiguration.Status");

        Assert.Empty(document.Diagnostics);
        Assert.Equal("Suspended", Show(status));
        Assert.Equal((9, 43), (status!.Range.StartLine, status.Range.StartColumn));
        Assert.Equal("default of parameter Versioning (stack.json:3)", status.Origin);
    }

    [Fact]
    public void Long_forms_in_JSON_are_evaluated() =>
        Assert.IsType<IacUnknown>(Load(Template, "stack.json").Resource("Bucket").At("Properties.BucketName"));

    [Fact]
    public void Checkov_metadata_skips_in_JSON_are_read()
    {
        var skip = Assert.Single(Load(Template, "stack.json").Resource("Bucket").Suppressions);

        Assert.Equal(("checkov", "CKV_AWS_18", "logs go elsewhere", 7), (skip.Tool, skip.RuleId, skip.Reason, skip.Range.StartLine));
    }
}
