using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>Builds an <see cref="IacObject"/> member by member; a key added twice keeps the later value, in the earlier place.</summary>
internal sealed class ObjectBuilder
{
    private readonly List<IacMember> _members = [];

    /// <summary>Adds <paramref name="key"/>; synthesised keys point where their value is written.</summary>
    public ObjectBuilder Add(string key, IacValue value)
    {
        var member = new IacMember(key, value.Range, value);
        var index = _members.FindIndex(m => m.Key == key);
        if (index >= 0)
        {
            _members[index] = member;
        }
        else
        {
            _members.Add(member);
        }

        return this;
    }

    /// <summary>True when <paramref name="key"/> has been added.</summary>
    public bool Has(string key) => _members.Exists(m => m.Key == key);

    /// <summary>The object, spanning <paramref name="range"/>.</summary>
    public IacObject Build(SourceRange range) => new(_members.ToList()) { Range = range };

    /// <summary>A string at <paramref name="range"/>.</summary>
    public static IacString Text(string value, SourceRange range) => new(value) { Range = range };

    /// <summary>A null at <paramref name="range"/>.</summary>
    public static IacNull Null(SourceRange range) => new() { Range = range };
}
