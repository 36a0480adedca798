using static Bulwark.Scanners.Iac.Tests.Compose.ComposeTestValues;

namespace Bulwark.Scanners.Iac.Tests.Compose;

public class ComposeVolumeTests
{
    [Theory]
    [InlineData("/var/run/docker.sock:/var/run/docker.sock", "{type:bind,source:/var/run/docker.sock,target:/var/run/docker.sock,readOnly:false}")]
    [InlineData("./config:/etc/app:ro", "{type:bind,source:./config,target:/etc/app,readOnly:true,mode:ro}")]
    [InlineData("~/cache:/cache:rw,z", "{type:bind,source:~/cache,target:/cache,readOnly:false,mode:rw,z}")]
    [InlineData("data:/var/lib/data:ro,Z", "{type:volume,source:data,target:/var/lib/data,readOnly:true,mode:ro,Z}")]
    [InlineData("/scratch", "{type:volume,target:/scratch,readOnly:false}")]
    [InlineData("'C:\\data:/data'", "{type:bind,source:C:\\data,target:/data,readOnly:false}")]
    [InlineData("${DATA_DIR:-./data}:/data", "{type:?,source:?,target:/data,readOnly:false}")]
    public void Short_syntax_volumes_are_parsed_into_objects(string entry, string parsed)
    {
        var app = Load($"services:\n  app:\n    image: app\n    volumes:\n      - {entry}\n").Service("app");

        Assert.Equal(parsed, Show(app.At("volumes.0")));
        Assert.Equal(5, app.Line("volumes.0.target"));
        Assert.Equal(5, app.Line("volumes.0.readOnly"));
    }

    [Fact]
    public void Long_syntax_volumes_keep_their_fields_and_gain_readOnly()
    {
        var app = Load("""
            services:
              app:
                image: app
                volumes:
                  - type: bind
                    source: /
                    target: /host
                    read_only: true
                  - type: volume
                    source: data
                    target: /data
            """).Service("app");

        Assert.Equal("{type:bind,source:/,target:/host,read_only:true,readOnly:true}", Show(app.At("volumes.0")));
        Assert.Equal(8, app.Line("volumes.0.readOnly"));
        Assert.Equal("false", Show(app.At("volumes.1.readOnly")));
        Assert.Equal(9, app.Line("volumes.1.readOnly"));
        Assert.Equal(6, app.Line("volumes.0.source"));
    }
}
