using Bulwark.Rules;
using Bulwark.Scanners.Host.Accounts;
using Bulwark.Scanners.Host.Model;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host.Checks;

/// <summary><c>accounts: KIND</c>: a property no account of /etc/passwd and /etc/shadow may have.</summary>
public sealed class AccountsCheck : ICheck
{
    private static readonly string[] Kinds = ["empty-password", "uid-zero", "default-password", "duplicate-uid", "duplicate-name", "no-shell-system"];

    private AccountsCheck(string kind) => Kind = kind;

    /// <summary>Which property.</summary>
    public string Kind { get; }

    /// <summary>Reads the check from <paramref name="map"/>.</summary>
    public static AccountsCheck? Parse(YamlMap map)
    {
        var kind = map.Text("accounts", required: true);
        if (kind is not null && !Kinds.Contains(kind))
        {
            map.Problems.Add(new ConfigProblem(map.Where("accounts"), $"accounts must be one of {string.Join(", ", Kinds)}, not '{kind}'"));
            return null;
        }

        return kind is null ? null : new AccountsCheck(kind);
    }

    /// <inheritdoc />
    public string Describe() => Kind switch
    {
        "empty-password" => "no account has an empty password",
        "uid-zero" => "only root has uid 0",
        "default-password" => "no account has a default or well-known password",
        "duplicate-uid" => "every uid and gid is used once",
        "duplicate-name" => "every user and group name is used once",
        _ => "system accounts have no login shell",
    };

    /// <inheritdoc />
    public CheckOutcome Evaluate(CheckContext context) => AccountChecks.Evaluate(context.Files, Kind, context.ExtraPasswordFiles);
}
