namespace CommuneDocs.Export.Html;

/// <summary>The inline style and script of the gaps page: no fonts, images or scripts are fetched.</summary>
internal static class GapPageAssets
{
    /// <summary>
    /// Readable on a phone (390 px): the matrix comes first, under a one-line title, two small sort menus and a key
    /// line; it scrolls sideways inside its box with the family column sticky on the left. Below 600 px a column head
    /// shows the commune's short name (the full name opens on tap), a cell its symbol and task id (the state's word
    /// stays for screen readers; the key line says it), and the family title at most three lines. An open cell or head
    /// shows its text in a panel fixed to the bottom of the screen. States differ by symbol and word, not only by colour.
    /// </summary>
    public const string Style = """

        * { box-sizing: border-box; }
        body { margin: 0; padding: 1rem; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
          color: #1a1a1a; background: #fff; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        h1 { font-size: 1.35rem; line-height: 1.25; margin: 0 0 .5rem; }
        h2 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
        section.group h2 { margin-top: .5rem; }
        .controls { display: flex; flex-wrap: wrap; align-items: center; gap: .3rem .9rem; margin: .25rem 0 .4rem; font-size: .9rem; }
        .controls[hidden] { display: none; }
        .controls select { font: inherit; min-height: 2.25rem; padding: .15rem .3rem; border: 1px solid #777; border-radius: .35rem;
          background: #f3f3f3; color: inherit; max-width: 11rem; }
        .key-line { margin: .2rem 0 .5rem; font-size: .85rem; display: flex; flex-wrap: wrap; gap: .15rem .8rem; }
        .legend { list-style: none; padding: 0; margin: .5rem 0; font-size: .9rem; }
        .legend li { display: flex; gap: .5rem; margin: .2rem 0; }
        .key { flex: none; align-self: flex-start; width: 8.5rem; padding: 0 .3rem; font-weight: bold; }
        .scroll { overflow-x: auto; border: 1px solid #ccc; max-width: 100%; }
        table { border-collapse: separate; border-spacing: 0; }
        th, td { padding: .35rem .5rem; border-bottom: 1px solid #ddd; border-right: 1px solid #eee; text-align: left; vertical-align: top; }
        thead th, tfoot th, tfoot td { background: #f3f3f3; }
        thead th { font-size: .9rem; min-width: 7rem; }
        th[scope="row"], .corner { position: sticky; left: 0; z-index: 1; width: 18rem; min-width: 8.5rem; max-width: 45vw;
          font-weight: normal; background: #fff; border-right: 2px solid #bbb; }
        thead .corner, tfoot th { background: #f3f3f3; font-weight: bold; }
        .file { display: block; font-size: .75rem; font-weight: normal; color: #555; word-break: break-all; }
        .fid { font-weight: bold; }
        .count { display: block; font-size: .8rem; color: #555; }
        td { min-width: 7rem; }
        summary { cursor: pointer; list-style: none; white-space: nowrap; padding: .15rem 0; }
        thead summary { white-space: normal; }
        summary::-webkit-details-marker { display: none; }
        .short { display: none; }
        summary:focus-visible, button:focus-visible, select:focus-visible { outline: 2px solid #0b57d0; outline-offset: 2px; }
        .has { color: #176b32; }
        .missing { color: #a1221b; background: #fdecea; }
        .partial { color: #7a4f00; background: #fff3d6; }
        .unshared { color: #555; }
        td.missing summary, td.partial summary { font-weight: bold; }
        .detail { position: fixed; left: 0; right: 0; bottom: 0; z-index: 10; max-width: 42rem; max-height: 60vh; margin: 0 auto;
          overflow-y: auto; padding: 1rem; color: #1a1a1a; background: #fff; border: 1px solid #888; border-radius: .6rem .6rem 0 0;
          box-shadow: 0 -4px 16px rgba(0, 0, 0, .25); font-weight: normal; font-size: 1rem; white-space: normal; }
        .detail h3 { font-size: 1.05rem; margin: 0 2.5rem .5rem 0; }
        .detail blockquote { margin: .5rem 0; padding-left: .75rem; border-left: 3px solid #bbb; }
        .detail .file, .findings .file { display: inline; }
        .members { padding-left: 1.2rem; }
        .members li { margin: .4rem 0; }
        .members li > span[lang] { display: block; }
        .findings > li { margin: .6rem 0; }
        .findings blockquote { margin: .3rem 0; padding-left: .75rem; border-left: 3px solid #bbb; }
        .findings .value { font-weight: bold; }
        .findings .said { display: block; font-size: .85rem; color: #555; }
        .close { position: absolute; top: .5rem; right: .5rem; width: 2.5rem; height: 2.5rem; font-size: 1.4rem; line-height: 1;
          border: 1px solid #999; border-radius: 50%; background: #f3f3f3; color: inherit; }
        @media (max-width: 600px) {
          body { padding: .5rem; }
          h1 { font-size: 1.05rem; }
          h2 { font-size: 1rem; }
          th[scope="row"], .corner { width: 7.75rem; min-width: 7.75rem; max-width: 7.75rem; }
          th, td { padding: .3rem .25rem; }
          thead th { min-width: 3.2rem; font-size: .8rem; }
          td { min-width: 3.2rem; font-size: .85rem; }
          .controls { font-size: .85rem; gap: .3rem .6rem; }
          .controls select { max-width: 7.5rem; }
          .full { display: none; }
          .short { display: inline; }
          .word { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
          .ftitle { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3; overflow: hidden; font-size: .85rem; }
          .fid { font-size: .85rem; }
          .count { font-size: .72rem; }
        }

        """;

    /// <summary>
    /// Sorting from the two menus (families by how many plans miss them, plans by commune; kept in the address's
    /// fragment, e.g. <c>#families=missing&amp;communes=name</c>), one open cell or column head at a time, Escape and a close button. A script error is
    /// recorded in <c>body[data-error]</c>; <c>body[data-ready]</c> is set when the script has run to its end.
    /// </summary>
    public const string Script = """

        (function () {
          "use strict";
          var body = document.body;
          function record(message) {
            body.dataset.error = (body.dataset.error ? body.dataset.error + "\n" : "") + message;
          }
          window.addEventListener("error", function (e) { record(e.message); });
          function each(list, f) { Array.prototype.forEach.call(list, f); }
          function openCells() { return document.querySelectorAll("table details[open]"); }
          try {
            var state = { families: "order", communes: "order" };
            var tables = document.querySelectorAll("table.matrix");

            function sortFamilies() {
              var byMissing = state.families === "missing";
              each(tables, function (table) {
                var tbody = table.tBodies[0];
                var rows = Array.prototype.slice.call(tbody.rows);
                rows.sort(function (a, b) {
                  return (byMissing ? b.dataset.missing - a.dataset.missing : 0) || a.dataset.order - b.dataset.order;
                });
                rows.forEach(function (row) { tbody.appendChild(row); });
              });
            }

            function sortCommunes() {
              var byName = state.communes === "name";
              each(tables, function (table) {
                var heads = Array.prototype.slice.call(table.tHead.rows[0].cells, 1);
                var sorted = heads.slice().sort(function (a, b) {
                  return (byName ? a.dataset.commune.localeCompare(b.dataset.commune, "vi") : 0) || a.dataset.order - b.dataset.order;
                });
                var from = sorted.map(function (h) { return heads.indexOf(h) + 1; });
                each(table.rows, function (row) {
                  var cells = Array.prototype.slice.call(row.cells);
                  from.forEach(function (i) { row.appendChild(cells[i]); });
                });
              });
            }

            function apply() {
              sortFamilies();
              sortCommunes();
              each(document.querySelectorAll("select[data-sort]"), function (s) { s.value = state[s.dataset.sort]; });
            }

            location.hash.slice(1).split("&").forEach(function (pair) {
              var kv = pair.split("=");
              if (state.hasOwnProperty(kv[0]) && kv[1]) state[kv[0]] = kv[1];
            });

            document.addEventListener("change", function (e) {
              var select = e.target.closest("select[data-sort]");
              if (!select) return;
              state[select.dataset.sort] = select.value;
              apply();
              location.replace("#families=" + state.families + "&communes=" + state.communes);
            });
            document.addEventListener("click", function (e) {
              var button = e.target.closest("button.close");
              if (button) {
                var details = button.closest("details");
                details.open = false;
                details.querySelector("summary").focus();
              }
            });
            document.addEventListener("keydown", function (e) {
              if (e.key === "Escape") each(openCells(), function (d) { d.open = false; });
            });
            // One open cell at a time; "toggle" does not bubble, so it is caught on its way down.
            document.addEventListener("toggle", function (e) {
              if (!e.target.open) return;
              each(openCells(), function (d) { if (d !== e.target) d.open = false; });
            }, true);

            apply();
            document.querySelector(".controls").hidden = false;
            body.dataset.ready = "1";
          } catch (e) {
            record(String((e && e.stack) || e));
          }
        })();

        """;
}
