using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.CloudFormation;

/// <summary>The sections of a template that evaluation looks things up in.</summary>
/// <param name="File">The template's path, for origins.</param>
/// <param name="Root">The whole template, short forms expanded.</param>
internal sealed record CfnTemplate(string File, IacObject Root)
{
    /// <summary>The <c>Parameters</c> section.</summary>
    public IacObject Parameters => Section("Parameters");

    /// <summary>The <c>Mappings</c> section.</summary>
    public IacObject Mappings => Section("Mappings");

    /// <summary>The <c>Conditions</c> section.</summary>
    public IacObject Conditions => Section("Conditions");

    /// <summary>The <c>Resources</c> section.</summary>
    public IacObject Resources => Section("Resources");

    /// <summary>SAM's <c>Globals</c> section.</summary>
    public IacObject Globals => Section("Globals");

    /// <summary>True when <paramref name="logicalId"/> names a resource.</summary>
    public bool IsResource(string logicalId) => Resources.Member(logicalId) is not null;

    /// <summary>"file:line" for messages.</summary>
    public string Where(IacValue value) => $"{File}:{value.Range.StartLine}";

    private IacObject Section(string name) => Root[name] as IacObject ?? IacObject.EmptyObject;
}
