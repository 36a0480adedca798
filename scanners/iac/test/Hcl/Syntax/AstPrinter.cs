using System.Text;
using Bulwark.Scanners.Iac.Hcl.Syntax;

namespace Bulwark.Scanners.Iac.Tests.Hcl.Syntax;

/// <summary>
/// Renders an expression tree as compact text that shows its structure: binary operations and conditionals
/// are fully parenthesised, parentheses nodes are <c>paren(…)</c>, splats are <c>splat[*](source, each)</c>
/// with <c>*</c> for the current element, templates show decoded literal text with C#-style escapes.
/// </summary>
internal static class AstPrinter
{
    public static string Print(Node node) => node switch
    {
        NumberLiteralExpr n => n.Text,
        BoolLiteralExpr b => b.Value ? "true" : "false",
        NullLiteralExpr => "null",
        InvalidExpr => "<invalid>",
        VariableExpr v => v.Name,
        SplatItemExpr => "*",
        ParenthesesExpr p => $"paren({Print(p.Inner)})",
        GetAttrExpr g => $"{Print(g.Source)}.{g.Name}",
        IndexExpr i => i.IsLegacy ? $"{Print(i.Source)}.{Print(i.Key)}" : $"{Print(i.Source)}[{Print(i.Key)}]",
        SplatExpr s => $"splat{(s.IsFull ? "[*]" : ".*")}({Print(s.Source)}, {Print(s.Each)})",
        FunctionCallExpr f => $"{f.Name}({string.Join(", ", f.Arguments.Select(Print))}{(f.ExpandFinalArgument ? "..." : "")})",
        UnaryExpr u => $"({(u.Operator == UnaryOperator.Negate ? "-" : "!")}{Print(u.Operand)})",
        BinaryExpr b => $"({Print(b.Left)} {Symbol(b.Operator)} {Print(b.Right)})",
        ConditionalExpr c => $"({Print(c.Condition)} ? {Print(c.TrueResult)} : {Print(c.FalseResult)})",
        TupleExpr t => $"[{string.Join(", ", t.Items.Select(Print))}]",
        ObjectExpr o => $"{{{string.Join(", ", o.Items.Select(Print))}}}",
        ObjectItem item => $"{(item.KeyIsIdentifier ? ((VariableExpr)item.Key).Name : Print(item.Key))} = {Print(item.Value)}",
        ForExpr f => PrintFor(f),
        TemplateExpr t => (t.IsHeredoc ? "<<\"" : "\"") + Parts(t.Parts) + "\"",
        _ => node.GetType().Name,
    };

    private static string PrintFor(ForExpr f)
    {
        var vars = f.KeyVariable is null ? f.ValueVariable : $"{f.KeyVariable}, {f.ValueVariable}";
        var body = f.IsObject ? $"{Print(f.KeyExpression!)} => {Print(f.ValueExpression)}{(f.IsGrouped ? "..." : "")}" : Print(f.ValueExpression);
        var condition = f.Condition is null ? "" : $" if {Print(f.Condition)}";
        var text = $"for {vars} in {Print(f.Collection)} : {body}{condition}";
        return f.IsObject ? "{" + text + "}" : "[" + text + "]";
    }

    private static string Parts(IEnumerable<TemplatePart> parts)
    {
        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part switch
            {
                TemplateLiteral l => Escape(l.Value),
                TemplateInterpolation i => "${" + Print(i.Expression) + "}",
                TemplateIf c => "%{if " + Print(c.Condition) + "}" + Parts(c.Then)
                    + (c.Else.Count > 0 ? "%{else}" + Parts(c.Else) : "") + "%{endif}",
                TemplateFor f => "%{for " + (f.KeyVariable is null ? "" : f.KeyVariable + ", ") + f.ValueVariable + " in "
                    + Print(f.Collection) + "}" + Parts(f.Body) + "%{endfor}",
                _ => part.GetType().Name,
            });
        }

        return text.ToString();
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t");

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "||",
        BinaryOperator.And => "&&",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        _ => "%",
    };
}
