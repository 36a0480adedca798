using Bulwark.Server.Directories;

namespace Bulwark.Server.Tests.Directories;

/// <summary>Roles from group names, everywhere and per product.</summary>
public sealed class RoleMapTests
{
    private static readonly RoleMap Map = new(
        new Dictionary<Role, IReadOnlyList<string>>
        {
            [Role.Viewer] = ["bulwark-viewers", "staff-all"],
            [Role.Administrator] = ["bulwark-admins"],
            [Role.Approver] = ["bulwark-admins", "bulwark-approvers"],
        },
        new Dictionary<string, IReadOnlyDictionary<Role, IReadOnlyList<string>>>
        {
            ["payments-api"] = new Dictionary<Role, IReadOnlyList<string>>
            {
                [Role.Developer] = ["payments-devs"],
                [Role.Approver] = ["payments-leads"],
            },
        });

    [Fact]
    public void A_group_gives_every_role_it_is_mapped_to() =>
        Assert.Equal([Role.Approver, Role.Administrator], Map.RolesFor(["bulwark-admins"]).Order());

    [Fact]
    public void Several_groups_give_the_union_of_their_roles() =>
        Assert.Equal([Role.Viewer, Role.Approver], Map.RolesFor(["staff-all", "bulwark-approvers", "unrelated"]).Order());

    [Fact]
    public void Group_names_are_compared_without_regard_to_case() =>
        Assert.Equal([Role.Viewer], Map.RolesFor(["Bulwark-Viewers"]));

    [Fact]
    public void A_product_s_groups_give_their_roles_on_that_product_only()
    {
        Assert.Equal([Role.Viewer, Role.Developer], Map.RolesFor(["payments-devs", "staff-all"], "payments-api").Order());
        Assert.Equal([Role.Viewer], Map.RolesFor(["payments-devs", "staff-all"], "billing"));
        Assert.Equal([Role.Viewer], Map.RolesFor(["payments-devs", "staff-all"]));
    }

    [Fact]
    public void Someone_in_no_mapped_group_has_no_role_and_is_not_let_in()
    {
        Assert.Empty(Map.RolesFor(["staff", "team-red"], "payments-api"));
        Assert.False(Map.GrantsAnyRole(["staff", "team-red"]));
        Assert.False(Map.GrantsAnyRole([]));
        Assert.Contains("not in any directory group", RoleMap.NoRoleReason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_on_one_product_is_enough_to_be_let_in()
    {
        Assert.True(Map.GrantsAnyRole(["payments-leads"]));
        Assert.Empty(Map.RolesFor(["payments-leads"]));
    }

    [Fact]
    public void Role_names_are_kebab_case_and_read_back()
    {
        Assert.Equal(["viewer", "developer", "security-analyst", "approver", "administrator"], RoleNames.Names);
        Assert.All(Enum.GetValues<Role>(), role => Assert.Equal(role, RoleNames.Parse(RoleNames.Of(role))));
        Assert.Null(RoleNames.Parse("Administrator"));
    }
}
