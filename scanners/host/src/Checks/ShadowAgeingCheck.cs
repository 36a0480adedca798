using System.Globalization;
using Bulwark.Rules;
using Bulwark.Scanners.Host.Accounts;
using Bulwark.Scanners.Host.Model;
using Bulwark.Sdk;

namespace Bulwark.Scanners.Host.Checks;

/// <summary>
/// <c>shadow: max-days|min-days|warn-days|inactive</c> with <c>compare</c>, or <c>shadow: last-change</c>: the password
/// ageing of every account that has a usable password, from its own /etc/shadow fields (login.defs only sets the
/// defaults for accounts created later). Locked and password-less accounts are passed over; no hash is ever shown.
/// </summary>
public sealed class ShadowAgeingCheck : ICheck
{
    private static readonly Dictionary<string, (int Field, string Name)> Fields = new(StringComparer.Ordinal)
    {
        ["last-change"] = (0, "last password change"),
        ["min-days"] = (1, "minimum days between changes"),
        ["max-days"] = (2, "maximum password age"),
        ["warn-days"] = (3, "warning days"),
        ["inactive"] = (4, "inactive days after expiry"),
    };

    private readonly ValueExpectation? _expectation;

    private ShadowAgeingCheck(string kind, ValueExpectation? expectation)
    {
        Kind = kind;
        _expectation = expectation;
    }

    /// <summary>Which field.</summary>
    public string Kind { get; }

    /// <summary>Reads the check from <paramref name="map"/>.</summary>
    public static ShadowAgeingCheck? Parse(YamlMap map)
    {
        var kind = map.Text("shadow", required: true);
        if (kind is null || !Fields.ContainsKey(kind))
        {
            map.Problems.Add(new ConfigProblem(map.Where("shadow"), $"shadow must be one of {string.Join(", ", Fields.Keys)}, not '{kind}'"));
            return null;
        }

        var expectation = kind == "last-change" ? null : ValueExpectation.Read(map, ignoreCase: false);
        return kind != "last-change" && expectation is null ? null : new ShadowAgeingCheck(kind, expectation);
    }

    /// <inheritdoc />
    public string Describe() => Kind == "last-change"
        ? "every password was last changed in the past"
        : $"every account with a password has {Fields[Kind].Name} {_expectation!.Describe()}";

    /// <inheritdoc />
    public CheckOutcome Evaluate(CheckContext context)
    {
        var shadow = AccountFiles.ReadShadow(context.Files);
        if (!shadow.Readable)
        {
            return shadow.Missing
                ? CheckOutcome.NotApplicable("/etc/shadow does not exist")
                : CheckOutcome.Errored($"/etc/shadow cannot be read: {shadow.Problem}", new Evidence(shadow.Path, 0, shadow.Problem!, Describe()));
        }

        var (field, name) = Fields[Kind];
        var today = (int)(DateTime.UtcNow - DateTime.UnixEpoch).TotalDays;
        var wrong = new List<Evidence>();
        var checkedAccounts = 0;
        foreach (var account in shadow.Entries.Where(e => e.Hash.Length > 0 && !e.IsLocked))
        {
            checkedAccounts++;
            var value = account.AgeingField(field);
            var ok = Kind == "last-change"
                ? int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var day) && day <= today
                : _expectation!.IsMetBy(value.Length == 0 ? null : value);
            if (!ok)
            {
                wrong.Add(new Evidence(shadow.Path, account.Line, $"account {account.Name}: {name} {(value.Length == 0 ? "not set" : value)}", Describe()));
            }
        }

        if (checkedAccounts == 0)
        {
            return CheckOutcome.NotApplicable("no account in /etc/shadow has a usable password");
        }

        return wrong.Count == 0
            ? CheckOutcome.Passed($"{checkedAccounts} accounts with a password: {Describe()[("every account with a password has ".Length)..]}")
            : CheckOutcome.Failed($"{wrong.Count} of {checkedAccounts} accounts with a password: {string.Join("; ", wrong.Take(5).Select(w => w.Found))}", [.. wrong]);
    }
}
