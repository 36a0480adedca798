namespace Bulwark.Scanners.Iac.Hcl.Syntax;

/// <summary>
/// Walks an expression for <see cref="Traversal.FindAll"/>, tracking the names that for expressions and
/// directives bind so they are not mistaken for references. Recursion is safe: the parser caps tree depth.
/// </summary>
internal sealed class ReferenceFinder
{
    private readonly List<Traversal> _found = [];
    private readonly List<string> _locals = [];

    public static List<Traversal> Find(Expression expression)
    {
        var finder = new ReferenceFinder();
        finder.Visit(expression);
        return finder._found;
    }

    private void Visit(Node node)
    {
        switch (node)
        {
            case VariableExpr or GetAttrExpr or IndexExpr when node is Expression expression && Traversal.TryGet(expression, out var traversal):
                if (!_locals.Contains(traversal.RootName))
                {
                    _found.Add(traversal);
                }

                return;
            case ObjectItem { KeyIsIdentifier: true } item:
                // A bare key is a literal name, not a variable.
                Visit(item.Value);
                return;
            case ForExpr loop:
                Visit(loop.Collection);
                WithLocals(loop.KeyVariable, loop.ValueVariable, loop.Children().Skip(1));
                return;
            case TemplateFor loop:
                Visit(loop.Collection);
                WithLocals(loop.KeyVariable, loop.ValueVariable, loop.Body);
                return;
        }

        foreach (var child in node.Children())
        {
            Visit(child);
        }
    }

    private void WithLocals(string? key, string value, IEnumerable<Node> scope)
    {
        var count = _locals.Count;
        if (key is not null)
        {
            _locals.Add(key);
        }

        _locals.Add(value);
        foreach (var node in scope)
        {
            Visit(node);
        }

        _locals.RemoveRange(count, _locals.Count - count);
    }
}
