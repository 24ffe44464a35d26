// The SPARQL editor: YASGUI on this service's endpoint, offline. Prefixes come from /query/prefixes.json,
// property and class completions from the terms the graph uses (/query/terms.json), never from the web.
(function () {
  "use strict";
  const root = document.getElementById("yasgui");
  const Yasgui = window.Yasgui; // the bundle replaces its module object by the class itself
  const endpoint = new URL(root.dataset.endpoint, window.location.href).href;

  useLocalCompletions(Yasgui.Yasqe, root.dataset.terms);
  Yasgui.Yasr.registerPlugin("chart", window.IucnKgChart);

  const yasgui = new Yasgui(root, {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
    persistenceId: "iucn-kg-query-editor",
    yasqe: {
      value: root.dataset.startQuery,
      prefixCcApi: root.dataset.prefixes,
      autocompleters: ["prefixes", "variables", "property", "class"],
    },
    yasr: { pluginOrder: ["table", "chart", "response"], defaultPlugin: "table" },
  });

  // Tabs kept from an earlier visit may point elsewhere: this page queries this service.
  yasgui.persistentConfig.getTabs().forEach((id) => {
    const tab = yasgui.getTab(id);
    if (tab && tab.getEndpoint() !== endpoint) tab.setEndpoint(endpoint);
  });

  labelControls(root);
  new MutationObserver(() => labelControls(root)).observe(root, { childList: true, subtree: true });

  const picker = document.getElementById("example");
  const open = document.getElementById("open-example");
  if (picker && open) {
    open.addEventListener("click", () => {
      if (!picker.value) return;
      const tab = yasgui.getTab();
      tab.setQuery(picker.value);
      tab.getYasqe().focus();
      tab.query().catch(() => {});
    });
  }

  let watched = null;
  function watchActiveTab() {
    const tab = yasgui.getTab();
    if (!tab) return;
    const yasqe = tab.getYasqe();
    if (yasqe && yasqe !== watched) {
      yasqe.on("change", () => showLinks(yasqe.getValue(), yasqe.getQueryType()));
      watched = yasqe;
    }
    if (yasqe) showLinks(yasqe.getValue(), yasqe.getQueryType());
  }
  yasgui.on("tabSelect", () => setTimeout(watchActiveTab));
  yasgui.on("tabAdd", () => setTimeout(watchActiveTab));
  watchActiveTab();

  /** Points the permalink and the download links at the query in the editor. */
  function showLinks(query, type) {
    const url = new URL(window.location.href);
    url.search = new URLSearchParams({ query: query }).toString();
    url.hash = "";
    document.getElementById("permalink").href = url.pathname + url.search;
    const graphs = type === "CONSTRUCT" || type === "DESCRIBE";
    const results = type === "SELECT" || type === "ASK";
    document.getElementById("downloads-results").hidden = !results;
    document.getElementById("downloads-graphs").hidden = !graphs;
    document.getElementById("downloads-none").hidden = results || graphs;
    document.querySelectorAll(".downloads a[data-format]").forEach((link) => {
      link.href = root.dataset.endpoint + "?" + new URLSearchParams({ query: query, format: link.dataset.format });
    });
  }

  /** YASGUI's own inputs come without labels: name them for screen readers. */
  function labelControls(container) {
    const names = {
      ".CodeMirror textarea": "SPARQL query",
      ".controlbar input": "SPARQL endpoint",
      ".tableFilter": "Filter the results",
      ".pageSizeWrapper select": "Results per page",
      ".tabsList input[type=text]": "Tab name",
      ".acceptWrapper .selector:first-of-type select": "Answer format of SELECT and ASK queries",
      ".acceptWrapper .selector:last-of-type select": "Answer format of CONSTRUCT and DESCRIBE queries",
    };
    Object.entries(names).forEach(([selector, name]) => container.querySelectorAll(selector).forEach((el) => {
      if (!el.getAttribute("aria-label")) el.setAttribute("aria-label", name);
    }));
  }

  /** Property and class completion from the graph's own terms instead of a vocabulary service on the web. */
  function useLocalCompletions(Yasqe, termsUrl) {
    let terms = null;
    const load = () => (terms = terms || fetch(termsUrl).then((r) => r.json()));
    const completer = (name, key) => Object.assign({}, Yasqe.Autocompleters[name], {
      get: (yasqe, token) => load().then((all) => all[key].filter((iri) => iri.startsWith(token.autocompletionString || ""))),
    });
    Yasqe.registerAutocompleter(completer("property", "properties"));
    Yasqe.registerAutocompleter(completer("class", "classes"));
  }
})();
