namespace Bulwark.Server.Directories;

/// <summary>
/// Where the directory is and how people are found in it. The defaults are FreeIPA's layout: people at
/// <c>uid=NAME,cn=users,cn=accounts,BASE</c>, groups under <c>cn=groups,cn=accounts,BASE</c> and listed on the person
/// in <c>memberOf</c>, a disabled account marked <c>nsAccountLock: TRUE</c>. Every name and attribute can be changed
/// for other directories. In a pattern, <c>{base}</c> stands for <see cref="Base"/> and <c>{0}</c> for the user name
/// as typed, escaped for its place.
/// </summary>
public sealed record DirectoryOptions
{
    /// <summary>The directory: <c>ldaps://HOST[:636]</c>, or <c>ldap://HOST[:389]</c> with StartTLS.</summary>
    public required Uri Url { get; init; }

    /// <summary>The directory's suffix, such as <c>dc=example,dc=org</c>.</summary>
    public required string Base { get; init; }

    /// <summary>
    /// Whether an <c>ldap://</c> connection is raised to TLS before anything is sent (true unless turned off, which
    /// the configuration allows only for a directory on the loopback address). <c>ldaps://</c> is TLS from the start.
    /// </summary>
    public bool StartTls { get; init; } = true;

    /// <summary>
    /// The certificate authority (a PEM file, which may hold several) or a directory of them to trust for the
    /// directory's certificate, instead of the system's (<c>/etc/ldap/ldap.conf</c>); FreeIPA's is <c>/etc/ipa/ca.crt</c>.
    /// </summary>
    public string? CaCertificate { get; init; }

    /// <summary>The account Bulwark looks people up with, or null when it needs none (see <see cref="UserFilter"/>).</summary>
    public string? ServiceDn { get; init; }

    /// <summary>That account's password.</summary>
    public string? ServicePassword { get; init; }

    /// <summary>A person's DN; used unless <see cref="UserFilter"/> is set.</summary>
    public string UserDn { get; init; } = "uid={0},cn=users,cn=accounts,{base}";

    /// <summary>
    /// When set (for instance <c>(&amp;(objectClass=person)(sAMAccountName={0}))</c>), the service account searches
    /// <see cref="UsersDn"/> with it for the person's DN instead of building it from <see cref="UserDn"/>.
    /// </summary>
    public string? UserFilter { get; init; }

    /// <summary>Where <see cref="UserFilter"/> searches (the whole subtree).</summary>
    public string UsersDn { get; init; } = "cn=users,cn=accounts,{base}";

    /// <summary>Where the groups are; a <see cref="MemberOfAttribute"/> value elsewhere (FreeIPA's roles, HBAC rules) is not a group.</summary>
    public string GroupsDn { get; init; } = "cn=groups,cn=accounts,{base}";

    /// <summary>The person's login name as the directory spells it (what "Alice" signs in as).</summary>
    public string UserNameAttribute { get; init; } = "uid";

    /// <summary>The person's name to show.</summary>
    public string DisplayNameAttribute { get; init; } = "displayName";

    /// <summary>The person's e-mail address.</summary>
    public string MailAttribute { get; init; } = "mail";

    /// <summary>The DNs of the groups the person is in, nested ones included where the directory resolves them.</summary>
    public string MemberOfAttribute { get; init; } = "memberOf";

    /// <summary>The attribute of a group's DN that names it (the name the role map uses).</summary>
    public string GroupNameAttribute { get; init; } = "cn";

    /// <summary>The attribute that marks a disabled account when its value is <c>TRUE</c>.</summary>
    public string DisabledAttribute { get; init; } = "nsAccountLock";

    /// <summary>How long one sign-in may wait for the directory, all its round trips together.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Whether the connection is TLS from the start.</summary>
    public bool IsLdaps => Url.Scheme.Equals("ldaps", StringComparison.OrdinalIgnoreCase);

    /// <summary>The port, the scheme's own when the URL names none.</summary>
    public int Port => Url.IsDefaultPort || Url.Port < 0 ? (IsLdaps ? 636 : 389) : Url.Port;

    /// <summary>The scheme, host and port, as messages name the directory.</summary>
    internal string Address => Url.GetLeftPart(UriPartial.Authority);

    /// <summary><paramref name="pattern"/> with <c>{base}</c> filled in.</summary>
    public string WithBase(string pattern) => pattern.Replace("{base}", Base, StringComparison.Ordinal);

    /// <summary>The URL and base only: the service password must never reach a log through this record.</summary>
    public override string ToString() => $"{Url} ({Base})";
}
