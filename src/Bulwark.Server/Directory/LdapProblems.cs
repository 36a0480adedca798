using System.DirectoryServices.Protocols;

namespace Bulwark.Server.Directories;

/// <summary>What an administrator reads when the directory cannot be asked: what failed, with which directory, and the likely fix.</summary>
internal static class LdapProblems
{
    private const int ServerDown = 81;
    private const int Timeout = 85;
    private const int ConnectError = 91;

    // libldap's LDAP_CONNECT_ERROR, which it also reports when the TLS handshake or the certificate check fails.
    private const int TlsConnectError = -11;

    public static string Describe(DirectoryOptions options, Exception problem)
    {
        var url = options.Address;
        return problem switch
        {
            TlsOperationException e => $"{url}: StartTLS failed ({e.Message}){TlsHint(options)}",
            LdapException { ErrorCode: TlsConnectError } e => $"{url}: the TLS connection failed ({Detail(e)}){TlsHint(options)}",
            LdapException { ErrorCode: ServerDown or ConnectError } when options.IsLdaps =>
                $"{url}: the directory does not answer, or its certificate was refused (is it running, are the host and port right?){TlsHint(options)}",
            LdapException { ErrorCode: ServerDown or ConnectError } => $"{url}: the directory does not answer (is it running, and are the host and port right?)",
            LdapException { ErrorCode: Timeout } => NoAnswer(options),
            LdapException e => $"{url}: {Detail(e)} (LDAP result {e.ErrorCode})",
            DirectoryOperationException e => $"{url}: {e.Response?.ErrorMessage ?? e.Message}",
            IOException or UnauthorizedAccessException => $"{url}: the CA certificate {options.CaCertificate} cannot be read: {problem.Message}",
            DllNotFoundException => $"{url}: the LDAP client library is missing (Debian and Ubuntu: apt-get install libldap-2.5-0): {problem.Message}",
            _ => $"{url}: {problem.Message}",
        };
    }

    public static string NoAnswer(DirectoryOptions options) => $"{options.Address}: no answer within {options.Timeout.TotalSeconds:0.#} s";

    private static string Detail(LdapException e) =>
        string.IsNullOrWhiteSpace(e.ServerErrorMessage) ? e.Message : $"{e.Message}: {e.ServerErrorMessage}";

    private static string TlsHint(DirectoryOptions options) => options.CaCertificate is null
        ? "; if the directory's certificate is signed by its own authority (FreeIPA's is), set caCertificate to that authority's file"
        : $"; is {options.CaCertificate} the authority that signed the directory's certificate, and is the host name in it?";
}
