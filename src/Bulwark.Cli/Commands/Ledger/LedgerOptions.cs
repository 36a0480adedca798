using System.CommandLine;

namespace Bulwark.Cli.Commands.Ledger;

/// <summary>The options the ledger verbs share, declared once.</summary>
public static class LedgerOptions
{
    /// <summary>The ledger file; <c>BULWARK_LEDGER</c> when not given.</summary>
    public static Option<string> Ledger() => new("--ledger")
    {
        Description = "The ledger file. [env: BULWARK_LEDGER]",
        HelpName = "FILE",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("BULWARK_LEDGER") ?? "audit.ledger",
    };

    /// <summary>A signing key file.</summary>
    public static Option<string?> SigningKey(string description) => new("--key") { Description = description, HelpName = "FILE" };

    /// <summary>The default private key beside a ledger.</summary>
    public static string DefaultKey(string ledger) => ledger + ".key";

    /// <summary>The default public key beside a ledger.</summary>
    public static string DefaultPublicKey(string ledger) => ledger + ".key.pub";
}
