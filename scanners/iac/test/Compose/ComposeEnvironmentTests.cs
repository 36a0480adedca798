using Bulwark.Scanners.Iac.Model;
using static Bulwark.Scanners.Iac.Tests.Compose.ComposeTestValues;

namespace Bulwark.Scanners.Iac.Tests.Compose;

public class ComposeEnvironmentTests
{
    [Fact]
    public void A_list_environment_becomes_an_object_with_each_variable_on_its_own_line()
    {
        var db = Load("""
            services:
              db:
                image: postgres
                environment:
                  - POSTGRES_USER=admin
                  - POSTGRES_PASSWORD=hunter2=x
                  - EMPTY=
                  - FROM_SHELL
                  - POSTGRES_USER=root
            """).Service("db");

        Assert.Equal("{POSTGRES_PASSWORD:hunter2=x,EMPTY:,FROM_SHELL:?,POSTGRES_USER:root}", Show(db.At("environment")));
        Assert.Equal(6, db.Line("environment.POSTGRES_PASSWORD"));
        Assert.Equal(9, db.Line("environment.POSTGRES_USER"));
        Assert.Contains("FROM_SHELL", Assert.IsType<IacUnknown>(db.At("environment.FROM_SHELL")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_map_environment_keeps_its_shape_with_every_value_a_string()
    {
        var db = Load("""
            services:
              db:
                image: postgres
                environment:
                  POSTGRES_PASSWORD: hunter2
                  DEBUG: true
                  PORT: 5432
                  FROM_SHELL:
                  REF: ${SECRET}
            """).Service("db");

        Assert.Equal("{POSTGRES_PASSWORD:hunter2,DEBUG:true,PORT:5432,FROM_SHELL:?,REF:${SECRET}}", Show(db.At("environment")));
        Assert.IsType<IacString>(db.At("environment.DEBUG"));
        Assert.IsType<IacString>(db.At("environment.PORT"));
        Assert.Equal(5, db.Line("environment.POSTGRES_PASSWORD"));
        Assert.Equal(8, db.Line("environment.FROM_SHELL"));
    }

    [Fact]
    public void List_and_map_forms_of_the_same_environment_look_the_same_to_rules()
    {
        var document = Load("""
            services:
              a:
                image: app
                environment: ["MODE=prod", "TOKEN=abc"]
              b:
                image: app
                environment: {MODE: prod, TOKEN: abc}
            """);

        Assert.Equal(Show(document.Service("a").At("environment")), Show(document.Service("b").At("environment")));
    }
}
