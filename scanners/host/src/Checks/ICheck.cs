using Bulwark.Scanners.Host.Model;

namespace Bulwark.Scanners.Host.Checks;

/// <summary>One kind of check of the benchmark language (README "Checks"), parsed from its YAML and able to judge a system.</summary>
public interface ICheck
{
    /// <summary>What is required, for evidence and messages: <c>PermitRootLogin no in /etc/ssh/sshd_config</c>.</summary>
    string Describe();

    /// <summary>Judges the audited system. Never throws: unreadable input is an <see cref="CheckStatus.Error"/> outcome.</summary>
    CheckOutcome Evaluate(CheckContext context);
}
