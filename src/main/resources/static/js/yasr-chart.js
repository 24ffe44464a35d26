// A YASR result view drawing SELECT answers as a bar chart with D3: the first numeric column as bar
// length, the first other column as the bar's label. Registered by query.js as the "chart" plugin.
(function () {
  "use strict";
  const NUMERIC = /#(integer|decimal|double|float|long|int|short|byte|nonNegativeInteger|positiveInteger|unsignedInt|unsignedLong)$/;
  const MAX_BARS = 60;

  function columns(results) {
    try {
      if (!results || results.getBoolean() !== undefined) return null;
      const vars = results.getVariables();
      const rows = results.getBindings();
      if (!vars || !rows || rows.length === 0) return null;
      const isNumber = (v) => rows.every((row) => !row[v] || (row[v].type === "literal" && NUMERIC.test(row[v].datatype || "")));
      const value = vars.find((v) => rows.some((row) => row[v]) && isNumber(v));
      if (!value) return null;
      const label = vars.find((v) => v !== value) || value;
      return { label: label, value: value, rows: rows };
    } catch (e) {
      return null; // graph answers (CONSTRUCT, DESCRIBE) have no variables
    }
  }

  function shortName(term) {
    if (!term) return "";
    if (term.type !== "uri") return term.value;
    const cut = Math.max(term.value.lastIndexOf("#"), term.value.lastIndexOf("/"));
    return cut >= 0 && cut < term.value.length - 1 ? term.value.substring(cut + 1) : term.value;
  }

  class IucnKgChart {
    constructor(yasr) {
      this.yasr = yasr;
      this.priority = 5;
      this.label = "Chart";
    }

    canHandleResults() {
      return columns(this.yasr.results) !== null;
    }

    getIcon() {
      const icon = document.createElement("span");
      icon.setAttribute("aria-hidden", "true");
      icon.textContent = "▮▮";
      return icon;
    }

    draw() {
      const data = columns(this.yasr.results);
      const el = this.yasr.resultsEl;
      if (!data) {
        el.textContent = "A chart needs a SELECT answer with a numeric column.";
        return;
      }
      const bars = data.rows.slice(0, MAX_BARS).map((row) => ({
        label: shortName(row[data.label]),
        value: row[data.value] ? Number(row[data.value].value) : 0,
      }));
      const width = Math.max(320, el.clientWidth || 640);
      const labelWidth = Math.min(260, width * 0.4);
      const barHeight = 22;
      const height = bars.length * barHeight + 30;
      const x = d3.scaleLinear().domain([0, d3.max(bars, (b) => b.value) || 1]).nice().range([labelWidth, width - 40]);

      const wrap = document.createElement("div");
      wrap.className = "iucnkg-chart";
      el.appendChild(wrap);
      const description = `Bar chart of ${data.value} by ${data.label}` +
        (data.rows.length > MAX_BARS ? ` (first ${MAX_BARS} of ${data.rows.length} rows)` : "");
      const svg = d3.select(wrap).append("svg")
        .attr("viewBox", `0 0 ${width} ${height}`).attr("role", "img").attr("aria-label", description);
      svg.append("title").text(description);
      const row = svg.selectAll("g.bar").data(bars).join("g").attr("class", "bar")
        .attr("transform", (b, i) => `translate(0,${i * barHeight})`);
      row.append("title").text((b) => `${b.label}: ${b.value}`);
      row.append("rect").attr("x", x(0)).attr("y", 3).attr("height", barHeight - 6)
        .attr("width", (b) => Math.max(0, x(b.value) - x(0))).attr("fill", "#1f6b45");
      row.append("text").attr("x", labelWidth - 6).attr("y", barHeight / 2).attr("dy", "0.35em")
        .attr("text-anchor", "end").attr("font-size", 12)
        .text((b) => (b.label.length > 38 ? b.label.substring(0, 36) + "…" : b.label));
      row.append("text").attr("x", (b) => x(b.value) + 4).attr("y", barHeight / 2).attr("dy", "0.35em")
        .attr("font-size", 12).text((b) => b.value);
      svg.append("g").attr("transform", `translate(0,${bars.length * barHeight})`)
        .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(width / 120))));
    }
  }

  window.IucnKgChart = IucnKgChart;
})();
