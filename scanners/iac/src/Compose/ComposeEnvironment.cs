using Bulwark.Scanners.Iac.Yaml;
using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Compose;

/// <summary>
/// A service's <c>environment</c>, list (<c>- KEY=VALUE</c>) or map (<c>KEY: VALUE</c>), as one object of string
/// values. A variable written without a value is passed through from the shell Compose runs in: unknown.
/// </summary>
internal static class ComposeEnvironment
{
    /// <summary>The object form of <paramref name="environment"/>.</summary>
    public static IacValue Normalise(IacValue environment) => environment switch
    {
        IacList list => FromList(list),
        IacObject map => map with { Members = map.Members.Select(m => m with { Value = AsString(m.Key, m.Value) }).ToList() },
        IacNull => IacObject.EmptyObject with { Range = environment.Range },
        _ => environment,
    };

    private static IacObject FromList(IacList list)
    {
        var members = new List<IacMember>();
        foreach (var item in list.Items)
        {
            if (ComposeText.Text(item) is not { Length: > 0 } text)
            {
                continue;
            }

            var equals = text.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? text : text[..equals];
            IacValue value = equals < 0 ? Inherited(key, item.Range) : new IacString(text[(equals + 1)..]) { Range = item.Range };
            // As in a shell, a later assignment of the same variable wins.
            members.RemoveAll(m => m.Key == key);
            members.Add(new IacMember(key, item.Range, value));
        }

        return new IacObject(members) { Range = list.Range };
    }

    private static IacValue AsString(string key, IacValue value) => value switch
    {
        IacNull => Inherited(key, value.Range),
        IacNumber or IacBool => new IacString(ComposeText.Text(value)!) { Range = value.Range },
        _ => value,
    };

    private static IacUnknown Inherited(string key, SourceRange at) =>
        new($"{key} is taken from the environment Compose runs in") { Range = at };
}
