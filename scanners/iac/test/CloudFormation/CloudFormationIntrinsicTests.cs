using Bulwark.Scanners.Iac.Model;
using static Bulwark.Scanners.Iac.Tests.CloudFormation.CfnTestValues;

namespace Bulwark.Scanners.Iac.Tests.CloudFormation;

public class CloudFormationIntrinsicTests
{
    // Value: EXPR sits on line 30; the expression starts at column 14.
    private const string Template = """
        AWSTemplateFormatVersion: "2010-09-09"
        Parameters:
          Env:
            Type: String
            Default: prod
          Secret:
            Type: String
            NoEcho: true
          Subnets:
            Type: CommaDelimitedList
            Default: "a, b, c"
          Ami:
            Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
            Default: /aws/service/ami
        Mappings:
          Sizes:
            prod:
              Instance: m5.large
            dev:
              Instance: t3.micro
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Queue:
            Type: AWS::SQS::Queue
          Thing:
            Type: AWS::Test::Thing
            Properties:
              Other: 1
              Value: EXPR
        """;

    private static IacValue? Evaluate(string expression) =>
        Load(Template.Replace("EXPR", expression, StringComparison.Ordinal)).Resource("Thing").At("Properties.Value");

    [Theory]
    [InlineData("!Ref Env", "{Ref: Env}", "prod")]
    [InlineData("!Sub \"${Env}-bucket\"", "{\"Fn::Sub\": \"${Env}-bucket\"}", "prod-bucket")]
    [InlineData("!Sub [\"${A}-x-${!Literal}\", {A: !Ref Env}]", "{\"Fn::Sub\": [\"${A}-x-${!Literal}\", {A: {Ref: Env}}]}", "prod-x-${Literal}")]
    [InlineData("!Join [\"-\", [a, !Ref Env, 3]]", "{\"Fn::Join\": [\"-\", [a, {Ref: Env}, 3]]}", "a-prod-3")]
    [InlineData("!Select [1, !Ref Subnets]", "{\"Fn::Select\": [1, {Ref: Subnets}]}", "b")]
    [InlineData("!Split [\",\", \"x,y\"]", "{\"Fn::Split\": [\",\", \"x,y\"]}", "[x,y]")]
    [InlineData("!If [IsProd, big, small]", "{\"Fn::If\": [IsProd, big, small]}", "big")]
    [InlineData("!Equals [!Ref Env, prod]", "{\"Fn::Equals\": [{Ref: Env}, prod]}", "true")]
    [InlineData("!And [!Equals [a, a], !Not [!Equals [a, b]]]", "{\"Fn::And\": [{\"Fn::Equals\": [a, a]}, {\"Fn::Not\": [{\"Fn::Equals\": [a, b]}]}]}", "true")]
    [InlineData("!Or [!Equals [a, b], !Equals [c, d]]", "{\"Fn::Or\": [{\"Fn::Equals\": [a, b]}, {\"Fn::Equals\": [c, d]}]}", "false")]
    [InlineData("!FindInMap [Sizes, !Ref Env, Instance]", "{\"Fn::FindInMap\": [Sizes, {Ref: Env}, Instance]}", "m5.large")]
    [InlineData("!Base64 hello", "{\"Fn::Base64\": hello}", "hello")]
    [InlineData("!Cidr [10.0.0.0/16, 4, 8]", "{\"Fn::Cidr\": [10.0.0.0/16, 4, 8]}", "?")]
    [InlineData("!GetAZs \"\"", "{\"Fn::GetAZs\": \"\"}", "?")]
    [InlineData("!ImportValue SharedVpc", "{\"Fn::ImportValue\": SharedVpc}", "?")]
    [InlineData("!GetAtt Queue.Arn", "{\"Fn::GetAtt\": [Queue, Arn]}", "?")]
    [InlineData("!GetAtt [Queue, Arn]", "{\"Fn::GetAtt\": \"Queue.Arn\"}", "?")]
    [InlineData("!Ref Secret", "{Ref: Secret}", "?")]
    [InlineData("!Ref AWS::Region", "{Ref: AWS::Region}", "?")]
    public void Each_short_tag_and_its_long_form_evaluate_alike(string shortForm, string longForm, string expected)
    {
        Assert.Equal(expected, Show(Evaluate(shortForm)));
        Assert.Equal(expected, Show(Evaluate(longForm)));
    }

    [Fact]
    public void A_parameter_default_is_used_and_points_at_the_Ref_with_its_origin()
    {
        var value = Assert.IsType<IacString>(Evaluate("!Ref Env"));

        Assert.Equal("prod", value.Value);
        Assert.Equal((30, 14, 30, 22), (value.Range.StartLine, value.Range.StartColumn, value.Range.EndLine, value.Range.EndColumn));
        Assert.Equal("default of parameter Env (template.yaml:5)", value.Origin);
    }

    [Fact]
    public void A_parameter_without_a_default_is_unknown()
    {
        var value = Assert.IsType<IacUnknown>(Evaluate("!Sub \"arn:${Secret}\""));

        Assert.Contains("no default", value.Reason, StringComparison.Ordinal);
        Assert.Equal(30, value.Range.StartLine);
    }

    [Fact]
    public void An_SSM_parameter_is_unknown_although_it_has_a_default() =>
        Assert.IsType<IacUnknown>(Evaluate("!Ref Ami"));

    [Theory]
    [InlineData("!GetAtt Queue.Arn")]
    [InlineData("!GetAtt [Queue, Arn]")]
    [InlineData("{\"Fn::GetAtt\": [Queue, Arn]}")]
    [InlineData("!Ref Queue")]
    [InlineData("!Sub \"${Queue.Arn}/*\"")]
    [InlineData("!Join [\"\", [!GetAtt Queue.Arn, \"/*\"]]")]
    public void A_reference_to_a_resource_is_unknown_and_names_that_resource(string expression)
    {
        var value = Assert.IsType<IacUnknown>(Evaluate(expression));

        Assert.Equal(["Queue"], value.References);
    }

    [Fact]
    public void A_pseudo_parameter_makes_Sub_unknown() =>
        Assert.IsType<IacUnknown>(Evaluate("!Sub \"${AWS::Region}-x\""));

    [Fact]
    public void GetAtt_with_a_dotted_attribute_splits_at_the_first_dot()
    {
        var value = Assert.IsType<IacUnknown>(Evaluate("!GetAtt Queue.Endpoint.Address"));

        Assert.Contains("Queue.Endpoint.Address", value.Reason, StringComparison.Ordinal);
        Assert.Equal(["Queue"], value.References);
    }

    [Fact]
    public void FindInMap_says_which_entry_it_used()
    {
        var value = Evaluate("!FindInMap [Sizes, !Ref Env, Instance]");

        Assert.Equal("Mappings.Sizes.prod.Instance (template.yaml:18)", value?.Origin);
    }

    [Fact]
    public void FindInMap_with_a_deploy_time_key_is_known_only_when_every_entry_agrees()
    {
        const string yaml = """
            Mappings:
              Same:
                us-east-1: {Encrypted: true}
                eu-west-1: {Encrypted: true}
              Differ:
                us-east-1: {Ami: ami-1}
                eu-west-1: {Ami: ami-2}
            Resources:
              Volume:
                Type: AWS::EC2::Volume
                Properties:
                  Encrypted: !FindInMap [Same, !Ref AWS::Region, Encrypted]
                  Ami: !FindInMap [Differ, !Ref AWS::Region, Ami]
            """;

        var volume = Load(yaml).Resource("Volume");

        Assert.Equal("true", Show(volume.At("Properties.Encrypted")));
        Assert.Equal("?", Show(volume.At("Properties.Ami")));
    }

    [Fact]
    public void A_list_parameter_default_becomes_a_list() =>
        Assert.Equal("[a,b,c]", Show(Evaluate("!Ref Subnets")));

    [Fact]
    public void Literal_properties_keep_their_own_positions()
    {
        var other = Load(Template.Replace("EXPR", "x", StringComparison.Ordinal)).Resource("Thing").At("Properties.Other");

        Assert.Equal((29, 14), (other!.Range.StartLine, other.Range.StartColumn));
    }
}
