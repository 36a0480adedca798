using Bulwark.Scanners.Iac.Model;

namespace Bulwark.Scanners.Iac.Hcl.Terraform.Functions;

/// <summary>Functions over lists, sets and maps.</summary>
internal static class CollectionFunctions
{
    public static void Register(Dictionary<string, TerraformFunction> table)
    {
        table["length"] = new(1, 1, (a, r) => a[0] switch
        {
            IacList list => Values.Number(list.Items.Count, r),
            IacObject obj => Values.Number(obj.Members.Count, r),
            IacString s => Values.Number(s.Value.Length, r),
            _ => Values.UnknownFrom("length() of an unknown value", r, a[0]),
        }, AcceptsUnknown: true);
        table["concat"] = new(0, int.MaxValue, Concat, AcceptsUnknown: true);
        table["merge"] = new(0, int.MaxValue, Merge, AcceptsUnknown: true);
        table["lookup"] = new(2, 3, Lookup, AcceptsUnknown: true);
        table["contains"] = new(2, 2, (a, r) =>
        {
            var items = Arguments.List(a[0]);
            var any = items.Select(i => ExpressionEvaluator.SameValue(i, a[1])).ToList();
            return any.Contains(true) ? Values.Bool(true, r) : any.Contains(null) ? Values.UnknownFrom("contains() of an unknown item", r, a[0]) : Values.Bool(false, r);
        });
        table["element"] = new(2, 2, (a, r) =>
        {
            var items = Arguments.List(a[0]);
            return items.Count == 0 ? throw new FunctionError("element() of an empty list") : items[((Arguments.Integer(a[1]) % items.Count) + items.Count) % items.Count];
        });
        table["index"] = new(2, 2, (a, r) =>
        {
            var items = Arguments.List(a[0]);
            for (var i = 0; i < items.Count; i++)
            {
                if (ExpressionEvaluator.SameValue(items[i], a[1]) == true)
                {
                    return Values.Number(i, r);
                }
            }

            throw new FunctionError("item not found");
        });
        table["keys"] = new(1, 1, (a, r) => Values.List(Arguments.Map(a[0]).Members.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => (IacValue)Values.Text(m.Key, m.KeyRange)).ToList(), r));
        table["values"] = new(1, 1, (a, r) => Values.List(Arguments.Map(a[0]).Members.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => m.Value).ToList(), r));
        table["flatten"] = new(1, 1, (a, r) => Values.List(Flatten(Arguments.List(a[0])).ToList(), r));
        table["distinct"] = new(1, 1, (a, r) => Values.List(Distinct(Arguments.List(a[0])), r));
        table["toset"] = new(1, 1, (a, r) => Values.List(Distinct(Arguments.List(a[0])), r));
        table["tolist"] = new(1, 1, (a, r) => Values.List(Arguments.List(a[0]), r));
        table["tomap"] = new(1, 1, (a, r) => Arguments.Map(a[0]) with { Range = r });
        table["compact"] = new(1, 1, (a, r) => Values.List(Arguments.List(a[0]).Where(i => i is not IacNull && !(i is IacString { Value: "" })).ToList(), r));
        table["coalesce"] = new(1, int.MaxValue, (a, r) =>
        {
            foreach (var value in a)
            {
                if (value is IacUnknown)
                {
                    return Values.UnknownFrom("coalesce() of an unknown value", r, value);
                }

                if (value is not IacNull && value is not IacString { Value: "" })
                {
                    return value;
                }
            }

            throw new FunctionError("no non-null, non-empty argument");
        }, AcceptsUnknown: true);
        table["coalescelist"] = new(1, int.MaxValue, (a, r) => a.FirstOrDefault(v => v is not IacList { Items.Count: 0 }) ?? throw new FunctionError("every list is empty"));
        table["one"] = new(1, 1, (a, r) => Arguments.List(a[0]) switch
        {
            [] => new IacNull { Range = r },
            [var only] => only,
            _ => throw new FunctionError("more than one item"),
        });
        table["reverse"] = new(1, 1, (a, r) => Values.List(Arguments.List(a[0]).Reverse().ToList(), r));
        table["slice"] = new(3, 3, (a, r) =>
        {
            var items = Arguments.List(a[0]);
            var (from, to) = (Arguments.Integer(a[1]), Arguments.Integer(a[2]));
            return from < 0 || to > items.Count || from > to ? throw new FunctionError("indexes out of range") : Values.List(items.Skip(from).Take(to - from).ToList(), r);
        });
        table["zipmap"] = new(2, 2, (a, r) =>
        {
            var (keys, values) = (Arguments.List(a[0]), Arguments.List(a[1]));
            return keys.Count != values.Count ? throw new FunctionError("lists of different lengths")
                : Values.Object(keys.Zip(values).Select(p => (Arguments.Text(p.First), p.Second)), r);
        });
        table["range"] = new(1, 3, Range);
        table["sort"] = new(1, 1, (a, r) => Values.List(Arguments.List(a[0]).OrderBy(Arguments.Text, StringComparer.Ordinal).ToList(), r));
        table["alltrue"] = new(1, 1, (a, r) => Values.Bool(Arguments.List(a[0]).All(i => Values.Truth(i) ?? throw new FunctionError("not a boolean")), r));
        table["anytrue"] = new(1, 1, (a, r) => Values.Bool(Arguments.List(a[0]).Any(i => Values.Truth(i) ?? throw new FunctionError("not a boolean")), r));
        table["sum"] = new(1, 1, (a, r) => Values.Number(Arguments.List(a[0]).Sum(Arguments.Number), r));
        table["setunion"] = new(1, int.MaxValue, (a, r) => Values.List(Distinct(a.SelectMany(Arguments.List).ToList()), r));
    }

    private static IacValue Concat(IReadOnlyList<IacValue> lists, SourceRange range)
    {
        var items = new List<IacValue>();
        foreach (var list in lists)
        {
            if (list is IacUnknown)
            {
                return Values.UnknownFrom("concat() of an unknown list", range, [.. lists]);
            }

            items.AddRange(Arguments.List(list));
        }

        return Values.List(items, range);
    }

    private static IacValue Merge(IReadOnlyList<IacValue> maps, SourceRange range)
    {
        var members = new List<IacMember>();
        foreach (var map in maps)
        {
            if (map is IacUnknown)
            {
                return Values.UnknownFrom("merge() of an unknown map", range, [.. maps]);
            }

            foreach (var member in Arguments.Map(map).Members)
            {
                // A later map's value wins; the key keeps its first place.
                var at = members.FindIndex(m => m.Key == member.Key);
                if (at >= 0)
                {
                    members[at] = member;
                }
                else
                {
                    members.Add(member);
                }
            }
        }

        return new IacObject(members) { Range = range };
    }

    private static IacValue Lookup(IReadOnlyList<IacValue> a, SourceRange range)
    {
        if (a[0] is IacUnknown || a[1] is IacUnknown)
        {
            return Values.UnknownFrom("lookup() in an unknown map", range, a[0], a[1]);
        }

        return Arguments.Map(a[0])[Arguments.Text(a[1])] ?? (a.Count == 3 ? a[2] : throw new FunctionError($"no key \"{Arguments.Text(a[1])}\""));
    }

    private static IEnumerable<IacValue> Flatten(IReadOnlyList<IacValue> items)
    {
        foreach (var item in items)
        {
            if (item is IacList nested)
            {
                foreach (var inner in Flatten(nested.Items))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return item;
            }
        }
    }

    private static List<IacValue> Distinct(IReadOnlyList<IacValue> items)
    {
        var kept = new List<IacValue>();
        foreach (var item in items)
        {
            if (!kept.Any(k => ExpressionEvaluator.SameValue(k, item) == true))
            {
                kept.Add(item);
            }
        }

        return kept;
    }

    private static IacValue Range(IReadOnlyList<IacValue> a, SourceRange range)
    {
        var (start, limit, step) = a.Count switch
        {
            1 => (0d, Arguments.Number(a[0]), 1d),
            2 => (Arguments.Number(a[0]), Arguments.Number(a[1]), 1d),
            _ => (Arguments.Number(a[0]), Arguments.Number(a[1]), Arguments.Number(a[2])),
        };
        if (step == 0 || Math.Abs((limit - start) / step) > 1024)
        {
            throw new FunctionError("a range of more than 1024 items");
        }

        var items = new List<IacValue>();
        for (var x = start; step > 0 ? x < limit : x > limit; x += step)
        {
            items.Add(Values.Number(x, range));
        }

        return Values.List(items, range);
    }
}
