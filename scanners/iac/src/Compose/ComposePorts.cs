using Bulwark.Scanners.Iac.Yaml;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Compose;

/// <summary>
/// The <c>publishedPorts</c> form of a service's <c>ports</c>: every entry, short
/// (<c>[HOST_IP:][PUBLISHED:]TARGET[/PROTOCOL]</c>) or long syntax, as <c>{hostIp, published, target, protocol}</c>
/// (https://docs.docker.com/reference/compose-file/services/#ports). A single port is a number, a range a string.
/// </summary>
internal static class ComposePorts
{
    /// <summary>The parsed form of one <c>ports</c> entry.</summary>
    public static IacValue Parse(IacValue entry) => entry switch
    {
        IacString s => Short(s.Value, s.Range),
        IacNumber n => Port(null, null, n, n.Range),
        IacObject o => Long(o),
        _ => entry,
    };

    private static IacObject Short(string text, SourceRange at)
    {
        var protocol = default(string);
        var slash = text.LastIndexOf('/');
        if (slash >= 0 && !text[slash..].Contains('}', StringComparison.Ordinal))
        {
            protocol = text[(slash + 1)..];
            text = text[..slash];
        }

        var parts = ComposeText.SplitColons(text);
        var target = parts[^1];
        var published = parts.Count >= 2 ? parts[^2] : "";
        var hostIp = parts.Count >= 3 ? string.Join(':', parts[..^2]).Trim('[', ']') : null;
        var members = Port(
            hostIp is null ? null : ComposeText.Value(hostIp, at),
            published.Length == 0 ? null : Number(published, at),
            Number(target, at),
            at);
        return protocol is null ? members : With(members, "protocol", ComposeText.Value(protocol, at), at);
    }

    private static IacObject Long(IacObject entry)
    {
        var hostIp = entry.Member("host_ip");
        var published = entry.Member("published");
        var target = entry.Member("target");
        var protocol = entry.Member("protocol");
        var port = Port(
            hostIp?.Value,
            published is null || published.Value is IacNull ? null : Normalised(published.Value),
            target is null ? new IacNull { Range = entry.Range } : Normalised(target.Value),
            entry.Range);
        return protocol is { Value: not IacNull } ? With(port, "protocol", protocol.Value, protocol.KeyRange) : port;
    }

    // Every field is present: what Compose does when one is not written is spelled out, with why.
    private static IacObject Port(IacValue? hostIp, IacValue? published, IacValue target, SourceRange at) => new(
    [
        ComposeText.Member("hostIp", hostIp ?? ComposeText.Default(new IacString("0.0.0.0"), "not set: published on every interface", at), hostIp?.Range ?? at),
        ComposeText.Member("published", published ?? ComposeText.Default(new IacNull(), "not set: Docker picks a free host port", at), published?.Range ?? at),
        ComposeText.Member("target", target, target.Range),
        ComposeText.Member("protocol", ComposeText.Default(new IacString("tcp"), "not set: tcp", at), at),
    ]) { Range = at };

    private static IacObject With(IacObject port, string key, IacValue value, SourceRange keyRange) =>
        port with { Members = port.Members.Select(m => m.Key == key ? new IacMember(key, keyRange, value) : m).ToList() };

    private static IacValue Normalised(IacValue value) => value is IacString s ? Number(s.Value, s.Range) : value;

    private static IacValue Number(string text, SourceRange at) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var port)
            ? new IacNumber(port) { Range = at }
            : ComposeText.Value(text, at);
}
