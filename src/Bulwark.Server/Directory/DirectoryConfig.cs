using System.Text.Json;
using Bulwark.Sdk;

namespace Bulwark.Server.Directories;

/// <summary>
/// Directory sign-in as configured in one JSON file: where the directory is (<c>directory</c>) and which groups give
/// which roles (<c>roles</c>). docs/server.md describes the format. Secrets are not in it: the service account's
/// password is read from the file <c>servicePasswordFile</c> names.
/// </summary>
/// <param name="Directory">The directory to sign in against.</param>
/// <param name="Roles">The roles its groups give.</param>
public sealed record DirectoryConfig(DirectoryOptions Directory, RoleMap Roles)
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
            reader.OnlyKeys(root, "", "directory", "roles");
            var directory = DirectoryOptionsReader.Read(reader, reader.Object(reader.Required(root, "directory"), "directory"), folder);
            var roles = RoleMapReader.Read(reader, reader.Object(reader.Required(root, "roles"), "roles"));
            return reader.Problems.Count == 0 && directory is not null && roles is not null
                ? Created<DirectoryConfig>.Ok(new DirectoryConfig(directory, roles))
                : Created<DirectoryConfig>.Failed(reader.Problems);
        }
    }
}
