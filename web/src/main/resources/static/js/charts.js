// Draws the bar charts of a page from their canvases' data attributes (labels, values and, when the
// figures can be opened, the link of each bar; data-values2 and data-series for a before/after pair).
// The same figures are on the page as text and links: the charts only add a picture of them.
(function () {
  'use strict';
  var palette = ['#9f1d1d', '#1446a0', '#166534', '#b45309', '#6b21a8', '#0f766e', '#be185d'];
  function split(value) { return value ? value.split('|') : []; }
  document.querySelectorAll('canvas[data-labels]').forEach(function (canvas) {
    var labels = split(canvas.dataset.labels);
    var links = split(canvas.dataset.links);
    var datasets = [{
      label: canvas.dataset.series ? split(canvas.dataset.series)[0] : canvas.getAttribute('aria-label'),
      data: split(canvas.dataset.values).map(Number),
      backgroundColor: canvas.dataset.values2 ? palette[0] : labels.map(function (_, i) { return palette[i % palette.length]; })
    }];
    if (canvas.dataset.values2) {
      datasets.push({ label: split(canvas.dataset.series)[1], data: split(canvas.dataset.values2).map(Number), backgroundColor: palette[1] });
    }
    var chart = new Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        indexAxis: canvas.dataset.values2 ? 'x' : 'y',
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: !!canvas.dataset.values2 } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
        onHover: function (event, elements) {
          event.native.target.style.cursor = elements.length && links.length ? 'pointer' : 'default';
        },
        onClick: function (event, elements) {
          if (elements.length && links[elements[0].index]) { window.location.href = links[elements[0].index]; }
        }
      }
    });
    canvas.dataset.ready = 'true';
    return chart;
  });
})();
