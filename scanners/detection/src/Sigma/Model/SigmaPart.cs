namespace Bulwark.Scanners.Detection.Sigma.Model;

/// <summary>What one piece of a <see cref="SigmaString"/> is.</summary>
internal enum SigmaPartKind
{
    /// <summary>Plain text, escapes already removed.</summary>
    Literal,

    /// <summary><c>*</c>: any number of characters, none included.</summary>
    AnyChars,

    /// <summary><c>?</c>: exactly one character.</summary>
    OneChar,

    /// <summary><c>%name%</c> under the <c>expand</c> modifier; <see cref="SigmaPart.Text"/> is the name.</summary>
    Placeholder,
}

/// <summary>One piece of a Sigma string.</summary>
internal readonly record struct SigmaPart(SigmaPartKind Kind, string Text = "");
