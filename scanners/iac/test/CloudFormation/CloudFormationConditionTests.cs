using Bulwark.Scanners.Iac.Model;
using static Bulwark.Scanners.Iac.Tests.CloudFormation.CfnTestValues;

namespace Bulwark.Scanners.Iac.Tests.CloudFormation;

public class CloudFormationConditionTests
{
    private const string Template = """
        Parameters:
          Env:
            Type: String
            Default: prod
          Region:
            Type: String
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
          IsDev: !Not [!Condition IsProd]
          ProdOrDev: !Or [!Condition IsProd, !Condition IsDev]
          ProdInEu: !And [!Condition IsProd, !Equals [!Ref Region, eu-west-1]]
          LongForm: {"Fn::And": [{Condition: IsProd}, {"Fn::Not": [{"Fn::Equals": [{Ref: Env}, dev]}]}]}
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              ByProd: !If [IsProd, encrypted, plain]
              ByDev: !If [IsDev, encrypted, plain]
              ByOr: !If [ProdOrDev, yes-or, no-or]
              ByLongForm: {"Fn::If": [LongForm, long-yes, long-no]}
              Undecided: !If [ProdInEu, eu, elsewhere]
              UndecidedSame: !If [ProdInEu, AES256, AES256]
              Removed: !If [IsDev, kept, !Ref AWS::NoValue]
              Listed:
                - one
                - !If [IsDev, two, !Ref AWS::NoValue]
                - three
          DevOnly:
            Type: AWS::S3::Bucket
            Condition: IsDev
          EuOnly:
            Type: AWS::S3::Bucket
            Condition: ProdInEu
          ProdOnly:
            Type: AWS::S3::Bucket
            Condition: IsProd
        """;

    private static readonly IacDocument Document = Load(Template);

    [Theory]
    [InlineData("ByProd", "encrypted")]
    [InlineData("ByDev", "plain")]
    [InlineData("ByOr", "yes-or")]
    [InlineData("ByLongForm", "long-yes")]
    public void Conditions_decided_from_parameter_defaults_pick_the_If_branch(string property, string expected) =>
        Assert.Equal(expected, Show(Document.Resource("Bucket").At("Properties." + property)));

    [Fact]
    public void An_undecided_If_is_unknown() =>
        Assert.IsType<IacUnknown>(Document.Resource("Bucket").At("Properties.Undecided"));

    [Fact]
    public void An_undecided_If_whose_branches_agree_has_that_value()
    {
        var value = Document.Resource("Bucket").At("Properties.UndecidedSame");

        Assert.Equal("AES256", Show(value));
        Assert.Equal(22, value!.Range.StartLine);
    }

    [Fact]
    public void NoValue_removes_the_key() =>
        Assert.Null(Document.Resource("Bucket").At("Properties.Removed"));

    [Fact]
    public void NoValue_removes_a_list_item() =>
        Assert.Equal("[one,three]", Show(Document.Resource("Bucket").At("Properties.Listed")));

    [Fact]
    public void A_resource_whose_condition_is_false_is_not_emitted() =>
        Assert.DoesNotContain(Document.Resources, r => r.Name == "DevOnly");

    [Fact]
    public void A_resource_whose_condition_is_true_or_undecided_is_emitted()
    {
        Assert.Contains(Document.Resources, r => r.Name == "ProdOnly");
        Assert.Contains(Document.Resources, r => r.Name == "EuOnly");
    }

    [Fact]
    public void A_condition_that_refers_to_itself_is_undecided_not_a_crash()
    {
        const string yaml = """
            Conditions:
              Loop: !Not [!Condition Loop]
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  Value: !If [Loop, a, b]
            """;

        Assert.IsType<IacUnknown>(Load(yaml).Resource("Bucket").At("Properties.Value"));
    }

    [Fact]
    public void Properties_that_are_all_NoValue_disappear()
    {
        const string yaml = """
            Conditions:
              Never: !Equals [a, b]
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties: !If [Never, {BucketName: x}, !Ref AWS::NoValue]
            """;

        Assert.Null(Load(yaml).Resource("Bucket").At("Properties"));
    }
}
