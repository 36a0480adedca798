using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Bulwark.Ledger.Shipping;

/// <summary>TLS client settings shared by the syslog and HTTPS targets: the system's roots, or only a given private CA.</summary>
internal static class TlsTrust
{
    /// <summary>The CA certificates in a PEM file; null, with the reason, when there are none.</summary>
    internal static X509Certificate2Collection? LoadCa(string path, out string? problem)
    {
        problem = null;
        try
        {
            var certificates = new X509Certificate2Collection();
            certificates.ImportFromPemFile(path);
            if (certificates.Count > 0)
            {
                return certificates;
            }

            problem = "holds no PEM certificate (-----BEGIN CERTIFICATE-----)";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            problem = "cannot be read as PEM certificates: " + e.Message;
        }

        return null;
    }

    /// <summary>
    /// Options for a client connecting to <paramref name="host"/>. With a CA given, chains must end at one of its
    /// certificates and nowhere else; the host name is checked against the server certificate either way.
    /// </summary>
    internal static SslClientAuthenticationOptions ClientOptions(string host, X509Certificate2Collection? ca)
    {
        var options = new SslClientAuthenticationOptions { TargetHost = host };
        if (ca is not null)
        {
            var policy = new X509ChainPolicy
            {
                TrustMode = X509ChainTrustMode.CustomRootTrust,

                // Private CAs seldom publish revocation; the operator who hands us the CA file is the authority here.
                RevocationMode = X509RevocationMode.NoCheck,
            };
            policy.CustomTrustStore.AddRange(ca);
            options.CertificateChainPolicy = policy;
        }

        return options;
    }
}
