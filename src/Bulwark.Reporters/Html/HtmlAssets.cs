using System.Security.Cryptography;
using System.Text;

namespace Bulwark.Reporters.Html;

/// <summary>
/// The page's only style sheet and script, inlined so the report works offline and from an e-mail
/// attachment. The Content-Security-Policy allows exactly these two blocks by hash and nothing else, so
/// even a finding that slipped past encoding could not run code or load anything.
/// </summary>
internal static class HtmlAssets
{
    public const string Css = """
        :root{color-scheme:light dark;--bg:#f5f6f8;--fg:#1c2230;--card:#fff;--muted:#5c6577;--line:#d8dce4;--code:#eef0f4;--hit:#fff1b8;
        --critical:#a4162b;--high:#d4480b;--medium:#a67c00;--low:#1c6fc4;--info:#687080}
        @media (prefers-color-scheme:dark){:root{--bg:#12151b;--fg:#e3e6eb;--card:#1b2029;--muted:#9aa3b3;--line:#303745;--code:#242b36;--hit:#4b3f10}}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
        .page{max-width:1100px;margin:0 auto;padding:1rem 1.5rem}
        h1{margin:.2rem 0;font-size:1.6rem}h2{margin:1.6rem 0 .6rem;font-size:1.25rem}h3{margin:0;font-size:1.05rem}
        code,.snippet{font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
        code{background:var(--code);padding:.05rem .3rem;border-radius:4px;overflow-wrap:anywhere}
        .facts{display:flex;flex-wrap:wrap;gap:.3rem 1.5rem;color:var(--muted);margin:.3rem 0}
        .gate{display:inline-block;font-weight:700;padding:.35rem .8rem;border-radius:6px;color:#fff;margin:.5rem 0}
        .gate.failed{background:var(--critical)}.gate.passed{background:#2b8a3e}
        .summary{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
        .panel{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem}
        .chart text{fill:var(--fg);font-size:13px}.chart .count{fill:var(--muted)}
        .bar.critical,.badge.critical{fill:var(--critical);background:var(--critical)}
        .bar.high,.badge.high{fill:var(--high);background:var(--high)}
        .bar.medium,.badge.medium{fill:var(--medium);background:var(--medium)}
        .bar.low,.badge.low{fill:var(--low);background:var(--low)}
        .bar.info,.badge.info{fill:var(--info);background:var(--info)}
        table{border-collapse:collapse}td,th{padding:.2rem .6rem;text-align:left;border-bottom:1px solid var(--line)}td.n{text-align:right}
        .filters{display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
        fieldset{border:1px solid var(--line);border-radius:8px;margin:0;padding:.3rem .8rem}
        label{margin-right:.8rem;white-space:nowrap;cursor:pointer}
        .finding{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--info);border-radius:8px;padding:.8rem 1rem;margin:.8rem 0}
        .finding.critical{border-left-color:var(--critical)}.finding.high{border-left-color:var(--high)}
        .finding.medium{border-left-color:var(--medium)}.finding.low{border-left-color:var(--low)}
        .finding header{display:flex;flex-wrap:wrap;gap:.6rem;align-items:center}
        .badge{color:#fff;font-size:.75rem;font-weight:700;text-transform:uppercase;padding:.1rem .5rem;border-radius:999px}
        .where,.muted{color:var(--muted);margin:.3rem 0}
        .message{margin:.4rem 0;white-space:pre-wrap;overflow-wrap:anywhere}
        dl.details{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;margin:.4rem 0}dl.details dt{color:var(--muted)}dl.details dd{margin:0;overflow-wrap:anywhere}
        dl.details ul{margin:0;padding-left:1.1rem}
        .snippet{background:var(--code);border-radius:6px;padding:.4rem 0;overflow-x:auto;margin:.5rem 0}
        .ln{white-space:pre;padding:0 .8rem}.ln.hit{background:var(--hit)}
        .no{display:inline-block;min-width:3.5em;color:var(--muted);user-select:none}
        details.suppressed summary{cursor:pointer;font-weight:600;margin:1.4rem 0 .4rem}
        .finding.is-suppressed{opacity:.8}
        [hidden]{display:none!important}
        """;

    public const string Script = """
        (function () {
          var boxes = Array.prototype.slice.call(document.querySelectorAll('input[data-filter]'));
          var cards = Array.prototype.slice.call(document.querySelectorAll('#findings .finding'));
          var shown = document.getElementById('shown');
          function apply() {
            var on = { severity: {}, scanner: {} };
            boxes.forEach(function (box) { if (box.checked) { on[box.dataset.filter][box.value] = true; } });
            var visible = 0;
            cards.forEach(function (card) {
              var show = on.severity[card.dataset.severity] === true && on.scanner[card.dataset.scanner] === true;
              card.hidden = !show;
              if (show) { visible++; }
            });
            if (shown) { shown.textContent = visible + ' of ' + cards.length + ' findings shown'; }
          }
          boxes.forEach(function (box) { box.addEventListener('change', apply); });
          apply();
        })();
        """;

    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src {Hash(Css)}; script-src {Hash(Script)}; img-src data:; base-uri 'none'; form-action 'none'";

    private static string Hash(string block) =>
        "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(block))) + "'";
}
