// The collaboration network: the page's table is the data. Organisations are nodes sized by the number of
// resolutions they implement; two are linked when they implement the same one. Nodes are links: click or
// Enter opens the organisation. The layout is computed once (no animation), so it is the same at every visit.
(function () {
  "use strict";
  const box = document.getElementById("network");
  const legend = document.getElementById("network-legend");
  const colourBy = document.getElementById("colour-by");
  const ROLE_COLOURS = { member: "#1f6b45", commission: "#c2571a", partner: "#3a6ea5" };
  const ROLE_NAMES = { member: "IUCN member", commission: "IUCN commission", partner: "Partner" };
  const COUNTRY_COLOURS = d3.schemeTableau10.slice(0, 9);
  const OTHER = "#9aa3a0";

  const nodes = [...document.querySelectorAll("#network-table tbody tr")].map((tr) => ({
    id: tr.dataset.href,
    name: tr.dataset.name,
    label: tr.dataset.shortName || tr.dataset.name,
    role: tr.dataset.role,
    country: tr.dataset.country || "not known",
    resolutions: tr.dataset.resolutions.split("|"),
  }));
  const links = sharedResolutions(nodes);
  const countries = topCountries(nodes, COUNTRY_COLOURS.length);

  const width = 900, height = 600;
  const size = d3.scaleSqrt().domain([1, d3.max(nodes, (n) => n.resolutions.length) || 1]).range([6, 16]);
  const simulation = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((n) => n.id).distance(70).strength((l) => 0.04 * l.weight))
    .force("charge", d3.forceManyBody().strength(-150))
    .force("collide", d3.forceCollide((n) => size(n.resolutions.length) + 3))
    .force("x", d3.forceX(width / 2).strength(0.05))
    .force("y", d3.forceY(height / 2).strength(0.08))
    .stop();
  for (let i = 0; i < 300; i++) simulation.tick();
  // frame the drawing around where the nodes settled, with room for the labels on the right
  const [left, right] = d3.extent(nodes, (n) => n.x), [top, bottom] = d3.extent(nodes, (n) => n.y);
  const margin = 30;

  const svg = d3.select(box).append("svg")
    .attr("viewBox", [left - margin, top - margin, right - left + 2 * margin + 60, bottom - top + 2 * margin].join(" "))
    .attr("role", "group").attr("aria-labelledby", "network-title network-desc");
  svg.append("title").attr("id", "network-title").text("Collaboration network of the organisations");
  svg.append("desc").attr("id", "network-desc")
    .text(`${nodes.length} organisations, ${links.length} links between organisations implementing the same resolution.`);
  svg.append("g").selectAll("line").data(links).join("line").attr("class", "network-link")
    .attr("stroke-width", (l) => l.weight)
    .attr("x1", (l) => l.source.x).attr("y1", (l) => l.source.y).attr("x2", (l) => l.target.x).attr("y2", (l) => l.target.y);
  const node = svg.append("g").selectAll("a").data(nodes).join("a").attr("class", "network-node")
    .attr("href", (n) => n.id).attr("data-name", (n) => n.name).attr("data-resolutions", (n) => n.resolutions.length)
    .attr("aria-label", describe)
    .attr("transform", (n) => `translate(${n.x},${n.y})`);
  node.append("title").text(describe);
  node.append("circle").attr("r", (n) => size(n.resolutions.length));
  svg.append("g").selectAll("text").data(nodes.filter((n) => n.resolutions.length > 1)).join("text")
    .attr("class", "network-label").attr("x", (n) => n.x + size(n.resolutions.length) + 3).attr("y", (n) => n.y + 4)
    .text((n) => n.label);

  colourBy.addEventListener("change", paint);
  paint();

  function paint() {
    const byCountry = colourBy.value === "country";
    const colour = (n) => byCountry ? (countries.get(n.country) || OTHER) : ROLE_COLOURS[n.role];
    node.select("circle").attr("fill", colour);
    node.attr("data-colour", colour);
    const entries = byCountry
      ? [...countries].concat([["other countries", OTHER]])
      : Object.entries(ROLE_COLOURS).map(([role, c]) => [ROLE_NAMES[role], c]);
    legend.replaceChildren(...entries.map(([name, c]) => {
      const item = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = c;
      item.append(swatch, " " + name);
      return item;
    }));
  }

  function describe(n) {
    return `${n.name} (${ROLE_NAMES[n.role]}, ${n.country}): ${n.resolutions.length} ` +
      `${n.resolutions.length === 1 ? "resolution" : "resolutions"}, ${n.resolutions.join(", ")}`;
  }

  /** One link per pair of organisations implementing at least one resolution together; weight = how many. */
  function sharedResolutions(all) {
    const weights = new Map();
    const byResolution = d3.group(all.flatMap((n) => n.resolutions.map((r) => [r, n])), ([r]) => r);
    byResolution.forEach((pairs) => {
      const members = pairs.map(([, n]) => n.id);
      members.forEach((a, i) => members.slice(i + 1).forEach((b) => {
        const key = a < b ? a + " " + b : b + " " + a;
        weights.set(key, (weights.get(key) || 0) + 1);
      }));
    });
    return [...weights].map(([key, weight]) => {
      const [source, target] = key.split(" ");
      return { source: source, target: target, weight: weight };
    });
  }

  /** The countries with the most organisations, each with its own colour; the rest share one. */
  function topCountries(all, howMany) {
    const counts = d3.rollups(all.filter((n) => n.country !== "not known"), (v) => v.length, (n) => n.country)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, howMany);
    return new Map(counts.map(([country], i) => [country, COUNTRY_COLOURS[i]]));
  }
})();
