using System.DirectoryServices.Protocols;
using System.Runtime.Versioning;

namespace Bulwark.Server.Directories;

/// <summary>
/// Opens a connection that is encrypted before any password goes over it: LDAPS, or StartTLS on <c>ldap://</c>, with
/// the configured certificate authority. libldap checks the certificate and the host name itself.
/// </summary>
internal static class LdapConnector
{
    public static LdapConnection Open(DirectoryOptions options)
    {
        var connection = new LdapConnection(new LdapDirectoryIdentifier(options.Url.Host, options.Port), null, AuthType.Basic)
        {
            Timeout = options.Timeout,
            AutoBind = false,
        };
        try
        {
            connection.SessionOptions.ProtocolVersion = 3;
            connection.SessionOptions.ReferralChasing = ReferralChasingOptions.None;
            // Windows checks certificates against its own store only; a CA given here is left out there, which
            // fails closed (the handshake refuses the directory) rather than trusting anything more.
            if (options.CaCertificate is { } ca && !OperatingSystem.IsWindows())
            {
                Trust(connection, ca);
            }

            if (options.IsLdaps)
            {
                connection.SessionOptions.SecureSocketLayer = true;
            }
            else if (options.StartTls)
            {
                Connect(connection);
                StartTls(connection);
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    // On Linux, S.DS.P hands libldap the server's address only with the first request, and StartTLS is not one: on
    // a fresh connection it fails as "server unavailable". Reading the root DSE (public, no credentials) connects;
    // a directory that refuses anonymous reads has connected all the same.
    private static void Connect(LdapConnection connection)
    {
        try
        {
            connection.SendRequest(new SearchRequest("", "(objectClass=*)", SearchScope.Base, "1.1"));
        }
        catch (DirectoryOperationException)
        {
        }
    }

    // 389 Directory Server answers StartTLS with "operations error" while the request before it is still being
    // cleaned up on its side, a moment after its result was sent; asking again shortly after succeeds. Once the
    // connection is known to be up, libldap's other failures here are the handshake's (an untrusted certificate
    // comes back as "server down"), so they are named as TLS failures.
    private static void StartTls(LdapConnection connection)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                connection.SessionOptions.StartTransportLayerSecurity(null);
                return;
            }
            catch (TlsOperationException e) when (e.Response?.ResultCode == ResultCode.OperationsError && attempt < 5)
            {
                Thread.Sleep(10 * attempt);
            }
            catch (LdapException e)
            {
                throw new TlsOperationException(null, "the handshake failed", e);
            }
        }
    }

    // libldap takes trusted authorities only as a directory (LDAP_OPT_X_TLS_CACERTDIR; S.DS.P offers no CA file
    // option). A file is given one of its own for as long as the TLS context takes to read it, which the new context
    // does at once; Debian's GnuTLS build reads every PEM file in it.
    [UnsupportedOSPlatform("windows")]
    private static void Trust(LdapConnection connection, string ca)
    {
        if (System.IO.Directory.Exists(ca))
        {
            connection.SessionOptions.TrustedCertificatesDirectory = ca;
            connection.SessionOptions.StartNewTlsSessionContext();
            return;
        }

        var folder = System.IO.Directory.CreateTempSubdirectory("bulwark-ldap-ca-");
        try
        {
            File.Copy(ca, Path.Combine(folder.FullName, "ca.pem"));
            connection.SessionOptions.TrustedCertificatesDirectory = folder.FullName;
            connection.SessionOptions.StartNewTlsSessionContext();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
