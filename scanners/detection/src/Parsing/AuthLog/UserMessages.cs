namespace Bulwark.Scanners.Detection.Parsing.AuthLog;

/// <summary>
/// shadow-utils' messages about user accounts (useradd, usermod, userdel, passwd, chage), names quoted
/// <c>'x'</c> or, before 4.2, <c>`x'</c>:
/// <list type="bullet">
/// <item><c>new user: name=X, UID=N, GID=N, home=P, shell=P[, from=TTY]</c> → <c>user.created</c> with <c>user</c>,
/// <c>uid</c>, <c>gid</c>, <c>home</c>, <c>shell</c>, <c>from</c>.</item>
/// <item><c>delete user 'X'</c> → <c>user.deleted</c>; <c>failed adding user 'X', …</c> → <c>user.create_failed</c>.</item>
/// <item><c>change user 'X' ATTRIBUTE from 'OLD' to 'NEW'</c>, <c>change user name 'X' to 'NEW'</c>, <c>change user
/// 'X' password</c> → <c>user.modified</c> with <c>user</c>, <c>attribute</c> (<c>shell</c>, <c>home</c>, <c>UID</c>,
/// <c>name</c>, <c>password</c>…), <c>old_value</c>, <c>new_value</c>.</item>
/// <item><c>lock user 'X' password</c> / <c>unlock user 'X' password</c> → <c>user.locked</c> / <c>user.unlocked</c>.</item>
/// <item><c>password for 'X' changed by 'Y'</c> → <c>password.changed</c> with <c>user</c>, <c>by_user</c>;
/// <c>changed password expiry for X</c> → <c>user.expiry_changed</c>.</item>
/// </list>
/// </summary>
internal static class UserMessages
{
    public static bool TryRead(string message, EventFields fields)
    {
        var position = 0;
        if (TextScan.Expect(message, ref position, "new user: "))
        {
            fields.Set("event", "user.created");
            TextScan.Pairs(message[position..], ", ", fields, key => key == "name" ? "user" : key);
            return true;
        }

        if (TextScan.Expect(message, ref position, "change user name "))
        {
            return ChangeName(message, position, fields);
        }

        if (TextScan.Expect(message, ref position, "change user "))
        {
            return Change(message, position, fields);
        }

        if (TextScan.Expect(message, ref position, "password for "))
        {
            return ChangedBy(message, position, fields);
        }

        if (TextScan.Expect(message, ref position, "changed password expiry for "))
        {
            return Named("user.expiry_changed", message[position..], fields);
        }

        return Simple(message, "delete user ", "", "user.deleted", fields)
            || Simple(message, "failed adding user ", null, "user.create_failed", fields)
            || Simple(message, "lock user ", " password", "user.locked", fields)
            || Simple(message, "unlock user ", " password", "user.unlocked", fields);
    }

    // PREFIX 'X' SUFFIX; a null suffix lets anything follow the name.
    private static bool Simple(string message, string prefix, string? suffix, string name, EventFields fields)
    {
        var position = 0;
        if (!TextScan.Expect(message, ref position, prefix) || !TextScan.Quoted(message, ref position, out var user)
            || (suffix is not null && message[position..] != suffix))
        {
            return false;
        }

        return Named(name, user, fields);
    }

    private static bool Named(string name, string user, EventFields fields)
    {
        fields.Set("event", name);
        fields.Set("user", user);
        return true;
    }

    private static bool ChangeName(string message, int position, EventFields fields)
    {
        if (!TextScan.Quoted(message, ref position, out var user) || !TextScan.Expect(message, ref position, " to ")
            || !TextScan.Quoted(message, ref position, out var newName))
        {
            return false;
        }

        Modified(user, "name", user, newName, fields);
        return true;
    }

    // "'X' shell from 'OLD' to 'NEW'" or "'X' password".
    private static bool Change(string message, int position, EventFields fields)
    {
        if (!TextScan.Quoted(message, ref position, out var user) || !TextScan.Expect(message, ref position, " "))
        {
            return false;
        }

        var attribute = TextScan.Word(message, ref position);
        if (position == message.Length)
        {
            Modified(user, attribute, null, null, fields);
            return true;
        }

        if (!TextScan.Expect(message, ref position, " from ") || !TextScan.Quoted(message, ref position, out var old)
            || !TextScan.Expect(message, ref position, " to ") || !TextScan.Quoted(message, ref position, out var value))
        {
            return false;
        }

        Modified(user, attribute, old, value, fields);
        return true;
    }

    private static void Modified(string user, string attribute, string? old, string? value, EventFields fields)
    {
        Named("user.modified", user, fields);
        fields.Set("attribute", attribute);
        if (old is not null)
        {
            fields.Set("old_value", old);
        }

        if (value is not null)
        {
            fields.Set("new_value", value);
        }
    }

    private static bool ChangedBy(string message, int position, EventFields fields)
    {
        if (!TextScan.Quoted(message, ref position, out var user) || !TextScan.Expect(message, ref position, " changed by ")
            || !TextScan.Quoted(message, ref position, out var by))
        {
            return false;
        }

        Named("password.changed", user, fields);
        fields.Set("by_user", by);
        return true;
    }
}
