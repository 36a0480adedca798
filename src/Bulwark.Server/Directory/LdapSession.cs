using System.DirectoryServices.Protocols;
using System.Net;

namespace Bulwark.Server.Directories;

/// <summary>The steps of one sign-in on one connection: find the person, bind as them, read their entry.</summary>
internal sealed class LdapSession(LdapConnection connection, DirectoryOptions options)
{
    private const int InvalidCredentials = 49;
    private const int NoSuchObject = 32;

    /// <summary>The person's DN, from the pattern or found by the service account; a result when there is none.</summary>
    public LoginResult? Locate(string userName, out string dn)
    {
        dn = "";
        if (options.UserFilter is not { } filter)
        {
            dn = options.WithBase(options.UserDn).Replace("{0}", LdapEscape.DnValue(userName), StringComparison.Ordinal);
            return null;
        }

        if (BindService() is { } refused)
        {
            return refused;
        }

        var request = new SearchRequest(options.WithBase(options.UsersDn), filter.Replace("{0}", LdapEscape.FilterValue(userName), StringComparison.Ordinal), SearchScope.Subtree, "1.1")
        {
            SizeLimit = 2,
        };
        SearchResultEntryCollection entries;
        try
        {
            entries = Search(request);
        }
        catch (DirectoryOperationException e) when (e.Response?.ResultCode == ResultCode.SizeLimitExceeded)
        {
            return Ambiguous(request);
        }

        if (entries.Count > 1)
        {
            return Ambiguous(request);
        }

        if (entries.Count == 0)
        {
            return new LoginResult.WrongCredentials();
        }

        dn = entries[0].DistinguishedName;
        return null;
    }

    public BindOutcome Bind(NetworkCredential credential)
    {
        try
        {
            connection.Bind(credential);
            return BindOutcome.Accepted;
        }
        catch (LdapException e) when (e.ErrorCode is InvalidCredentials or NoSuchObject)
        {
            return BindOutcome.WrongCredentials;
        }
        catch (DirectoryOperationException e)
        {
            // S.DS.P raises 389's "unwilling to perform" without the response, so there is often nothing to quote.
            Refusal = string.IsNullOrWhiteSpace(e.Response?.ErrorMessage) ? "" : $" ({e.Response.ErrorMessage})";
            return BindOutcome.Refused;
        }
    }

    /// <summary>What the directory said when it last refused a bind for a reason other than the password, in parentheses, or nothing.</summary>
    public string Refusal { get; private set; } = "";

    /// <summary>The person's entry as the signed-in person reads it now.</summary>
    public LoginResult ReadUser(string dn, string typedName)
    {
        var entry = ReadEntry(dn, options.UserNameAttribute, options.DisplayNameAttribute, options.MailAttribute, options.MemberOfAttribute, options.DisabledAttribute);
        if (entry is null)
        {
            return new LoginResult.Unavailable($"{options.Address}: {dn} accepted the password but cannot read its own entry");
        }

        if (IsDisabled(entry))
        {
            return new LoginResult.Disabled();
        }

        var userName = First(entry, options.UserNameAttribute) ?? typedName;
        var groupsDn = options.WithBase(options.GroupsDn);
        var groups = Values(entry, options.MemberOfAttribute)
            .Select(group => DistinguishedName.NameUnder(group, groupsDn, options.GroupNameAttribute))
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new LoginResult.Authenticated(entry.DistinguishedName, userName, First(entry, options.DisplayNameAttribute) ?? userName, First(entry, options.MailAttribute), groups);
    }

    /// <summary>
    /// Why a bind with a password was refused for a reason other than the password: the service account reads the
    /// account's disabled mark, since the refusal itself does not say.
    /// </summary>
    public LoginResult WhyRefused(string dn)
    {
        if (options.ServiceDn is null)
        {
            return new LoginResult.Unavailable($"{options.Address}: the directory refused {dn} for a reason other than the password{Refusal}; with a service account (serviceDn) Bulwark can tell whether the account is disabled");
        }

        if (BindService() is { } refused)
        {
            return refused;
        }

        var entry = ReadEntry(dn, options.DisabledAttribute);
        return entry is not null && IsDisabled(entry)
            ? new LoginResult.Disabled()
            : new LoginResult.Unavailable($"{options.Address}: the directory refused {dn} for a reason other than the password{Refusal}, and it is not marked disabled ({options.DisabledAttribute})");
    }

    /// <summary>Binds as the service account; a result when the directory refuses it.</summary>
    public LoginResult? BindService()
    {
        if (options.ServiceDn is null || options.ServicePassword is null)
        {
            return new LoginResult.Unavailable("finding people with userFilter needs a service account (serviceDn and its password)");
        }

        return Bind(new NetworkCredential(options.ServiceDn, options.ServicePassword)) == BindOutcome.Accepted
            ? null
            : new LoginResult.Unavailable($"{options.Address}: the service account {options.ServiceDn} was refused; check its DN and password");
    }

    private LoginResult Ambiguous(SearchRequest request) => new LoginResult.Unavailable(
        $"{options.Address}: more than one entry under {request.DistinguishedName} matches {request.Filter}; userFilter must single a person out");

    private SearchResultEntry? ReadEntry(string dn, params string[] attributes)
    {
        try
        {
            var entries = Search(new SearchRequest(dn, "(objectClass=*)", SearchScope.Base, attributes));
            return entries.Count == 1 ? entries[0] : null;
        }
        catch (DirectoryOperationException)
        {
            return null;
        }
    }

    private SearchResultEntryCollection Search(SearchRequest request) =>
        ((SearchResponse)connection.SendRequest(request)).Entries;

    private bool IsDisabled(SearchResultEntry entry) =>
        string.Equals(First(entry, options.DisabledAttribute), "TRUE", StringComparison.OrdinalIgnoreCase);

    private static string? First(SearchResultEntry entry, string attribute) => Values(entry, attribute).FirstOrDefault();

    // Servers spell attribute names as their schema does (memberOf for memberof), so the lookup ignores case.
    private static IEnumerable<string> Values(SearchResultEntry entry, string attribute) =>
        entry.Attributes.Values.Cast<DirectoryAttribute>()
            .Where(a => a.Name.Equals(attribute, StringComparison.OrdinalIgnoreCase))
            .SelectMany(a => a.GetValues(typeof(string)).Cast<string>());
}
