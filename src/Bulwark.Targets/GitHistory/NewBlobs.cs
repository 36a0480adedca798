using LibGit2Sharp;

namespace Bulwark.Targets.GitHistory;

/// <summary>
/// Finds the blobs a tree adds to those already seen. A tree id already walked holds no new blob, so an
/// unchanged subtree costs one set lookup however large it is.
/// </summary>
internal sealed class NewBlobs
{
    private readonly HashSet<ObjectId> _trees = [];
    private readonly HashSet<ObjectId> _blobs = [];

    /// <summary>Adds each unseen blob under <paramref name="tree"/> with its path; the caller holds the repository's lock.</summary>
    public void Collect(Tree tree, string prefix, List<(Blob Blob, string Path)> found)
    {
        if (!_trees.Add(tree.Id))
        {
            return;
        }

        foreach (var entry in tree)
        {
            switch (entry.TargetType)
            {
                case TreeEntryTargetType.Tree:
                    Collect((Tree)entry.Target, prefix + entry.Name + "/", found);
                    break;
                case TreeEntryTargetType.Blob when entry.Mode != Mode.SymbolicLink:
                    var blob = (Blob)entry.Target;
                    if (_blobs.Add(blob.Id))
                    {
                        found.Add((blob, prefix + entry.Name));
                    }

                    break;
            }
        }
    }

    /// <summary>Adds <paramref name="blob"/> at <paramref name="path"/> when it is unseen.</summary>
    public void Collect(Blob blob, string path, List<(Blob Blob, string Path)> found)
    {
        if (_blobs.Add(blob.Id))
        {
            found.Add((blob, path));
        }
    }
}
