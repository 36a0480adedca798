using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Dockerfile;

/// <summary>
/// Splits an image reference, <c>[registry[:port]/]path[:tag][@digest]</c>, into image, tag and digest. A part that
/// depends on an unknown build argument is <see cref="IacUnknown"/>; so is a missing tag or digest that an unknown
/// part could have supplied (<c>FROM ${IMAGE}</c> has an unknown tag, not none). A part that came from a build
/// argument says which in its <see cref="IacValue.Origin"/>.
/// </summary>
internal static class ImageReference
{
    /// <summary>The <c>image</c>, <c>tag</c> and <c>digest</c> of <paramref name="reference"/>, each at <paramref name="range"/>.</summary>
    public static (IacValue Image, IacValue Tag, IacValue Digest) Parse(Expansion reference, SourceRange range)
    {
        var text = reference.Text;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var nameEnd = at < 0 ? text.Length : at;
        var colon = text.LastIndexOf(':', Math.Max(0, nameEnd - 1));
        var hasTag = colon >= 0 && colon < nameEnd && colon > text.LastIndexOf('/', Math.Max(0, nameEnd - 1));
        var imageEnd = hasTag ? colon : nameEnd;
        var lastPart = text[(text.LastIndexOf('/', Math.Max(0, imageEnd - 1)) + 1)..imageEnd];

        var image = Part(reference, 0, imageEnd, range);
        var tag = hasTag ? Part(reference, colon + 1, nameEnd, range)
            : lastPart.Contains(Expansion.Unknown) ? Hidden(reference, range)
            : ObjectBuilder.Null(range);
        var digest = at >= 0 ? Part(reference, at + 1, text.Length, range)
            : reference.HasUnknown ? Hidden(reference, range)
            : ObjectBuilder.Null(range);
        return (image, tag, digest);
    }

    private static IacValue Part(Expansion reference, int start, int end, SourceRange range)
    {
        var part = reference.Text[start..end];
        if (part.Contains(Expansion.Unknown))
        {
            return new IacUnknown(reference.ReasonsIn(start, end)) { Range = range };
        }

        return part.Length == 0
            ? ObjectBuilder.Null(range)
            : ObjectBuilder.Text(part, range) with { Origin = reference.OriginsIn(start, end) };
    }

    private static IacUnknown Hidden(Expansion reference, SourceRange range) => new(reference.AllReasons) { Range = range };
}
