using System.Text.Json;
using Bulwark.Sdk;
using Bulwark.Server.Oidc;

namespace Bulwark.Server.Directories;

/// <summary>
/// Sign-in as configured in one JSON file: where the directory is (<c>directory</c>), which OpenID Connect provider
/// people may sign in with (<c>oidc</c>), at least one of the two, and which groups give which roles (<c>roles</c>),
/// whether the directory or the provider named the groups. docs/server.md describes the format. Secrets are not in it:
/// the service account's password and the client secret are read from the files <c>servicePasswordFile</c> and
/// <c>clientSecretFile</c> name.
/// </summary>
/// <param name="Directory">The directory to sign in against, or null for none.</param>
/// <param name="Roles">The roles groups give.</param>
/// <param name="Oidc">The OpenID Connect provider to sign in with, or null for none.</param>
public sealed record DirectoryConfig(DirectoryOptions? Directory, RoleMap Roles, OidcOptions? Oidc = null)
{
    private static readonly JsonDocumentOptions Json = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads <paramref name="path"/>; every problem in it is reported at once.</summary>
    public static Created<DirectoryConfig> Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Created<DirectoryConfig>.Failed(path, $"cannot be read: {e.Message}");
        }

        return Parse(text, path, Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
    }

    /// <summary>Reads <paramref name="json"/>, named <paramref name="where"/> in problems; relative paths in it are taken from <paramref name="folder"/>.</summary>
    public static Created<DirectoryConfig> Parse(string json, string where, string folder)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Json);
        }
        catch (JsonException e)
        {
            return Created<DirectoryConfig>.Failed(where, $"not valid JSON: {e.Message}");
        }

        using (document)
        {
            var reader = new ConfigReader(where);
            var root = reader.Object(document.RootElement, "the file");
            reader.OnlyKeys(root, "", "directory", "oidc", "roles");
            var (directorySection, oidcSection) = (Section(root, "directory"), Section(root, "oidc"));
            if (root is not null && directorySection is null && oidcSection is null)
            {
                reader.Problem("directory", "is missing; people sign in with a directory (directory), an OpenID Connect provider (oidc), or both");
            }

            var directory = DirectoryOptionsReader.Read(reader, reader.Object(directorySection, "directory"), folder);
            var oidc = OidcOptionsReader.Read(reader, reader.Object(oidcSection, "oidc"), folder);

            var roles = RoleMapReader.Read(reader, reader.Object(reader.Required(root, "roles"), "roles"));
            return reader.Problems.Count == 0 && (directory is not null || oidc is not null) && roles is not null
                ? Created<DirectoryConfig>.Ok(new DirectoryConfig(directory, roles, oidc))
                : Created<DirectoryConfig>.Failed(reader.Problems);
        }
    }

    private static JsonElement? Section(JsonElement? root, string key) =>
        root is { } value && value.TryGetProperty(key, out var found) ? found : null;
}
