// The toolkit map: the page's table is the data; the bundled world-atlas shapes (ISO numeric ids, mapped
// to alpha-2 with the bundled ISO code list) are shaded by completed steps. Hover or keyboard focus shows a
// country's steps; click or Enter opens it.
(function () {
  "use strict";
  const box = document.getElementById("toolkit-map");
  const tooltip = document.getElementById("map-tooltip");
  const byIso2 = new Map([...document.querySelectorAll("#toolkit-table tbody tr")].map((tr) => [tr.dataset.iso2, {
    steps: Number(tr.dataset.steps),
    actionPlan: tr.dataset.actionPlan,
    summary: tr.dataset.summary,
    href: tr.dataset.href,
  }]));

  Promise.all([fetch(box.dataset.world).then((r) => r.json()), fetch(box.dataset.codes).then((r) => r.json())])
    .then(([world, codes]) => draw(world, new Map(codes.map(([alpha2, , numeric]) => [numeric, alpha2]))))
    .catch((e) => { box.insertAdjacentText("afterbegin", "The map could not be drawn (" + e.message + "); the table below holds the same data."); });

  function draw(world, alpha2OfNumeric) {
    const width = 960, height = 500;
    const countries = topojson.feature(world, world.objects.countries).features;
    countries.forEach((f) => { f.iso2 = alpha2OfNumeric.get(f.id); });
    const projection = d3.geoNaturalEarth1().fitExtent([[4, 4], [width - 4, height - 4]], { type: "Sphere" });
    const path = d3.geoPath(projection);

    const svg = d3.select(box).insert("svg", ".tooltip")
      .attr("viewBox", `0 0 ${width} ${height}`).attr("role", "group").attr("aria-labelledby", "map-title map-desc");
    svg.append("title").attr("id", "map-title").text("World map of ICCWC toolkit implementation");
    svg.append("desc").attr("id", "map-desc")
      .text(`${byIso2.size} countries shaded by completed toolkit steps; each one can be reached with the Tab key.`);
    svg.append("path").attr("d", path({ type: "Sphere" })).attr("fill", "#eef4f8").attr("stroke", "#c9d6df");

    const shapes = svg.append("g").selectAll("path").data(countries).join("path")
      .attr("d", path)
      .attr("class", (f) => byIso2.has(f.iso2) ? `country toolkit steps-${byIso2.get(f.iso2).steps}` : "country")
      .attr("data-iso2", (f) => f.iso2 || null);
    shapes.filter((f) => byIso2.has(f.iso2)).each(function (f) {
      const data = byIso2.get(f.iso2);
      d3.select(this).attr("tabindex", 0).attr("role", "link").attr("aria-label", data.summary)
        .attr("data-steps", data.steps).attr("data-action-plan", data.actionPlan)
        .on("mouseenter", (event) => show(data, event))
        .on("mousemove", (event) => show(data, event))
        .on("mouseleave", hide)
        .on("focus", () => show(data, null, this))
        .on("blur", hide)
        .on("click", () => { window.location.href = data.href; })
        .on("keydown", (event) => { if (event.key === "Enter") window.location.href = data.href; });
    });

    svg.append("g").selectAll("circle")
      .data(countries.filter((f) => byIso2.has(f.iso2) && byIso2.get(f.iso2).actionPlan === "true"))
      .join("circle").attr("class", "action-plan-marker").attr("r", 5).attr("data-iso2", (f) => f.iso2)
      .attr("cx", (f) => path.centroid(f)[0]).attr("cy", (f) => path.centroid(f)[1]);
  }

  /** Shows a country's steps beside the pointer, or beside the shape when it got the keyboard focus. */
  function show(data, event, shape) {
    tooltip.textContent = data.summary;
    tooltip.hidden = false;
    const frame = box.getBoundingClientRect();
    const anchor = event ? { x: event.clientX, y: event.clientY } : centre(shape.getBoundingClientRect());
    const left = Math.min(anchor.x - frame.left + 12, frame.width - tooltip.offsetWidth - 4);
    tooltip.style.left = Math.max(4, left) + "px";
    tooltip.style.top = (anchor.y - frame.top + 12) + "px";
  }

  function centre(rect) {
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }

  function hide() {
    tooltip.hidden = true;
  }
})();
