namespace StaticSite.Cli.Preview;

/// <summary>
/// The few lines served to preview pages only (never written by `build`): reload on every good
/// rebuild, and while the input has errors, an overlay listing them over the last good page.
/// Text goes in with textContent, so a diagnostic can never inject markup.
/// </summary>
internal static class LiveReloadScript
{
    public const string Path = "/__staticsite/live.js";

    public const string Source = """
        (() => {
          const show = (status) => {
            document.getElementById("staticsite-overlay")?.remove();
            const errors = status.diagnostics.filter((d) => d.severity === "error");
            if (errors.length === 0) return;
            const box = document.createElement("div");
            box.id = "staticsite-overlay";
            box.setAttribute("role", "alert");
            box.style.cssText = "position:fixed;inset:auto 1rem 1rem 1rem;max-height:60vh;overflow:auto;z-index:99999;background:#fff8f7;color:#5c0a00;border:2px solid #b3261e;border-radius:8px;padding:1rem;font:14px/1.45 ui-monospace,monospace;box-shadow:0 8px 30px rgba(0,0,0,.25)";
            const title = document.createElement("strong");
            title.textContent = `StaticSite: ${errors.length} error(s); this page is the last good build.`;
            box.append(title);
            for (const d of status.diagnostics) {
              const line = document.createElement("div");
              line.textContent = `${d.file}(${d.line},${d.column}): ${d.severity} ${d.code}: ${d.message}`;
              box.append(line);
            }
            document.body.append(box);
          };
          const check = async (reload) => {
            const status = await (await fetch("/__staticsite/status", { cache: "no-store" })).json();
            if (reload && !status.diagnostics.some((d) => d.severity === "error")) location.reload();
            else show(status);
          };
          // Checked again once the stream is open: a rebuild that ended while the page was loading is shown too.
          const events = new EventSource("/__staticsite/events");
          events.addEventListener("open", () => check(false));
          events.addEventListener("rebuilt", () => check(true));
        })();
        """;
}
