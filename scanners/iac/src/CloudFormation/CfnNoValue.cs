using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.CloudFormation;

/// <summary>
/// What <c>Ref: AWS::NoValue</c> evaluates to: a marker that removes the key or list item holding it. It never
/// leaves the evaluator.
/// </summary>
internal sealed record CfnNoValue : IacValue
{
    /// <summary>The one instance.</summary>
    public static CfnNoValue Instance { get; } = new();

    /// <inheritdoc />
    public override string Describe(int limit = 60) => "AWS::NoValue";
}
