namespace Bulwark.Scanners.Detection.Sigma.Model;

/// <summary>How an item's values are compared with the event, decided by its type modifier (plain strings when none).</summary>
internal enum ValueKind
{
    /// <summary>Sigma strings: wildcards, case-insensitive unless <c>cased</c>.</summary>
    Text,

    /// <summary><c>re</c>: a regular expression.</summary>
    Regex,

    /// <summary><c>cidr</c>: an IPv4 or IPv6 network.</summary>
    Cidr,

    /// <summary><c>lt</c>, <c>lte</c>, <c>gt</c>, <c>gte</c>, or a time part alone: numbers.</summary>
    Number,

    /// <summary><c>exists</c>: true or false.</summary>
    Exists,

    /// <summary><c>fieldref</c>: the name of another field of the same event.</summary>
    FieldRef,
}
