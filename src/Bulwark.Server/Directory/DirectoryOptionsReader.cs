using System.Net;
using System.Text.Json;

namespace Bulwark.Server.Directories;

/// <summary>The <c>directory</c> section of the configuration into <see cref="DirectoryOptions"/>, with what would make it unsafe or unusable refused.</summary>
internal static class DirectoryOptionsReader
{
    private const string Prefix = "directory.";

    private static readonly string[] Keys =
    [
        "url", "base", "startTls", "caCertificate", "serviceDn", "servicePasswordFile", "userDn", "userFilter", "usersDn", "groupsDn",
        "userNameAttribute", "displayNameAttribute", "mailAttribute", "memberOfAttribute", "groupNameAttribute", "disabledAttribute",
        "timeoutSeconds",
    ];

    public static DirectoryOptions? Read(ConfigReader reader, JsonElement? section, string folder)
    {
        if (section is null)
        {
            return null;
        }

        reader.OnlyKeys(section, Prefix, Keys);
        var url = Url(reader, reader.String(section, Prefix, "url"));
        var baseDn = reader.String(section, Prefix, "base");
        if (baseDn is null)
        {
            reader.Problem(Prefix + "base", "is missing; it is the directory's suffix, such as dc=example,dc=org");
        }

        var defaults = new DirectoryOptions { Url = new Uri("ldaps://directory"), Base = "" };
        var options = defaults with
        {
            StartTls = reader.Boolean(section, Prefix, "startTls") ?? true,
            CaCertificate = CaCertificate(reader, reader.String(section, Prefix, "caCertificate"), folder),
            ServiceDn = reader.String(section, Prefix, "serviceDn"),
            ServicePassword = reader.SecretFile(Prefix + "servicePasswordFile", reader.String(section, Prefix, "servicePasswordFile"), folder),
            UserDn = reader.String(section, Prefix, "userDn") ?? defaults.UserDn,
            UserFilter = reader.String(section, Prefix, "userFilter"),
            UsersDn = reader.String(section, Prefix, "usersDn") ?? defaults.UsersDn,
            GroupsDn = reader.String(section, Prefix, "groupsDn") ?? defaults.GroupsDn,
            UserNameAttribute = reader.String(section, Prefix, "userNameAttribute") ?? defaults.UserNameAttribute,
            DisplayNameAttribute = reader.String(section, Prefix, "displayNameAttribute") ?? defaults.DisplayNameAttribute,
            MailAttribute = reader.String(section, Prefix, "mailAttribute") ?? defaults.MailAttribute,
            MemberOfAttribute = reader.String(section, Prefix, "memberOfAttribute") ?? defaults.MemberOfAttribute,
            GroupNameAttribute = reader.String(section, Prefix, "groupNameAttribute") ?? defaults.GroupNameAttribute,
            DisabledAttribute = reader.String(section, Prefix, "disabledAttribute") ?? defaults.DisabledAttribute,
            Timeout = Timeout(reader, reader.Number(section, Prefix, "timeoutSeconds")) ?? defaults.Timeout,
        };
        if (url is null || baseDn is null)
        {
            return null;
        }

        options = options with { Url = url, Base = baseDn };
        Check(reader, options);
        return options;
    }

    private static void Check(ConfigReader reader, DirectoryOptions options)
    {
        if (!options.IsLdaps && !options.StartTls && !ConfigReader.IsLoopback(options.Url))
        {
            reader.Problem(Prefix + "startTls", $"may be false only for a directory on this machine; to {options.Url.Host} passwords would travel unencrypted");
        }

        if (options.UserFilter is null && !options.UserDn.Contains("{0}", StringComparison.Ordinal))
        {
            reader.Problem(Prefix + "userDn", "must hold {0} where the user name goes (uid={0},cn=users,cn=accounts,{base})");
        }

        if (options.UserFilter is { } filter && !filter.Contains("{0}", StringComparison.Ordinal))
        {
            reader.Problem(Prefix + "userFilter", "must hold {0} where the user name goes ((uid={0}))");
        }

        if (options.UserFilter is not null && options.ServiceDn is null)
        {
            reader.Problem(Prefix + "userFilter", "needs a service account to search with (serviceDn and servicePasswordFile)");
        }

        if ((options.ServiceDn is null) != (options.ServicePassword is null))
        {
            reader.Problem(Prefix + "serviceDn", "and servicePasswordFile go together");
        }
    }

    private static Uri? Url(ConfigReader reader, string? text)
    {
        if (text is null)
        {
            reader.Problem(Prefix + "url", "is missing; ldaps://HOST, or ldap://HOST with StartTLS");
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "ldap" or "ldaps" && url.Host.Length > 0 && url.AbsolutePath is "" or "/")
        {
            return url;
        }

        reader.Problem(Prefix + "url", $"'{text}' is not ldaps://HOST[:PORT] or ldap://HOST[:PORT]");
        return null;
    }

    private static string? CaCertificate(ConfigReader reader, string? path, string folder)
    {
        if (path is null)
        {
            return null;
        }

        var full = Path.GetFullPath(path, folder);
        if (File.Exists(full) || System.IO.Directory.Exists(full))
        {
            return full;
        }

        reader.Problem(Prefix + "caCertificate", $"{full} does not exist");
        return null;
    }

    private static TimeSpan? Timeout(ConfigReader reader, double? seconds)
    {
        if (seconds is null or (> 0 and <= 300))
        {
            return seconds is { } s ? TimeSpan.FromSeconds(s) : null;
        }

        reader.Problem(Prefix + "timeoutSeconds", "must be more than 0 and at most 300");
        return null;
    }
}
