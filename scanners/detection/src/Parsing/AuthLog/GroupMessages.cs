namespace Bulwark.Scanners.Detection.Parsing.AuthLog;

/// <summary>
/// shadow-utils' messages about groups and membership (useradd, usermod, userdel, groupadd, groupdel, gpasswd):
/// <list type="bullet">
/// <item><c>new group: name=G, GID=N</c> and <c>group added to FILE: name=G[, GID=N]</c> → <c>group.created</c> with
/// <c>group</c>, <c>gid</c>, <c>file</c>.</item>
/// <item><c>add 'U' to [shadow ]group 'G'</c>, gpasswd's <c>user U added by B to group G</c> →
/// <c>group.member_added</c> with <c>user</c>, <c>group</c>, <c>shadow</c> (true for the gshadow line), <c>by_user</c>.</item>
/// <item><c>delete 'U' from [shadow ]group 'G'</c>, <c>user U removed by B from group G</c> → <c>group.member_removed</c>.</item>
/// <item><c>removed [shadow ]group 'G' owned by 'U'</c>, <c>group 'G' removed[ from FILE]</c> → <c>group.deleted</c>
/// with <c>group</c>, <c>owner</c>, <c>file</c>.</item>
/// </list>
/// </summary>
internal static class GroupMessages
{
    public static bool TryRead(string message, EventFields fields)
    {
        var position = 0;
        if (TextScan.Expect(message, ref position, "new group: "))
        {
            return Created(message[position..], null, fields);
        }

        if (TextScan.Expect(message, ref position, "group added to "))
        {
            var colon = message.IndexOf(": ", position, StringComparison.Ordinal);
            return colon > position && Created(message[(colon + 2)..], message[position..colon], fields);
        }

        if (TextScan.Expect(message, ref position, "add "))
        {
            return Membership(message, position, " to ", "group.member_added", fields);
        }

        if (TextScan.Expect(message, ref position, "delete "))
        {
            return Membership(message, position, " from ", "group.member_removed", fields);
        }

        if (TextScan.Expect(message, ref position, "removed "))
        {
            return RemovedOwned(message, position, fields);
        }

        if (TextScan.Expect(message, ref position, "user "))
        {
            return Gpasswd(message, position, fields);
        }

        return TextScan.Expect(message, ref position, "group ") && GroupRemoved(message, position, fields);
    }

    private static bool Created(string pairs, string? file, EventFields fields)
    {
        fields.Set("event", "group.created");
        TextScan.Pairs(pairs, ", ", fields, key => key == "name" ? "group" : key);
        if (file is not null)
        {
            fields.Set("file", file);
        }

        return true;
    }

    // "'U' to [shadow ]group 'G'" / "'U' from [shadow ]group 'G'"
    private static bool Membership(string message, int position, string preposition, string name, EventFields fields)
    {
        if (!TextScan.Quoted(message, ref position, out var user) || !TextScan.Expect(message, ref position, preposition))
        {
            return false;
        }

        var shadow = TextScan.Expect(message, ref position, "shadow ");
        if (!TextScan.Expect(message, ref position, "group ") || !TextScan.Quoted(message, ref position, out var group))
        {
            return false;
        }

        fields.Set("event", name);
        fields.Set("user", user);
        fields.Set("group", group);
        fields.Set("shadow", shadow ? "true" : "false");
        return true;
    }

    private static bool RemovedOwned(string message, int position, EventFields fields)
    {
        var shadow = TextScan.Expect(message, ref position, "shadow ");
        if (!TextScan.Expect(message, ref position, "group ") || !TextScan.Quoted(message, ref position, out var group)
            || !TextScan.Expect(message, ref position, " owned by ") || !TextScan.Quoted(message, ref position, out var owner))
        {
            return false;
        }

        fields.Set("event", "group.deleted");
        fields.Set("group", group);
        fields.Set("owner", owner);
        fields.Set("shadow", shadow ? "true" : "false");
        return true;
    }

    private static bool GroupRemoved(string message, int position, EventFields fields)
    {
        if (!TextScan.Quoted(message, ref position, out var group) || !TextScan.Expect(message, ref position, " removed"))
        {
            return false;
        }

        fields.Set("event", "group.deleted");
        fields.Set("group", group);
        if (TextScan.Expect(message, ref position, " from "))
        {
            fields.Set("file", message[position..]);
        }

        return true;
    }

    // gpasswd: "U added by B to group G[ in FILE]" / "U removed by B from group G[ in FILE]" (names unquoted).
    private static bool Gpasswd(string message, int position, EventFields fields)
    {
        var user = TextScan.Word(message, ref position);
        var added = TextScan.Expect(message, ref position, " added by ");
        if (!added && !TextScan.Expect(message, ref position, " removed by "))
        {
            return false;
        }

        var by = TextScan.Word(message, ref position);
        if (!TextScan.Expect(message, ref position, added ? " to group " : " from group "))
        {
            return false;
        }

        var group = TextScan.Word(message, ref position);
        fields.Set("event", added ? "group.member_added" : "group.member_removed");
        fields.Set("user", user);
        fields.Set("by_user", by);
        fields.Set("group", group);
        if (TextScan.Expect(message, ref position, " in "))
        {
            fields.Set("file", message[position..]);
        }

        return true;
    }
}
