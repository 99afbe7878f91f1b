// Chart.js 4 behind the ChartCanvas component. Chart.js is loaded as a classic script (window.Chart) so
// that this module needs no bundler; nothing here evaluates strings, so a CSP without 'unsafe-eval' holds.

const charts = new Map();
let nextHandle = 1;

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

// Each canvas carries its spec as JSON in data-spec. The server renders a new spec into that attribute, in the same
// render batch as the rest of a live change; the chart follows it, so an update needs no call of its own.
function readSpec(canvas) {
  return JSON.parse(canvas.dataset.spec);
}

// A new spec is drawn at the next frame, not while the render batch is being applied: the rest of the page shows the
// change first, specs that arrive within one frame are drawn once (the latest), and a page nobody sees (a hidden tab,
// which gets no frames) draws only when it is seen again. A chart scrolled out of view (or hidden behind its table) keeps
// its drawing until it comes near the view again, or the page is printed: a live change reaches every open screen at
// once, and on a dashboard whose charts are below the fold, every screen drew them at the same frame for nothing anyone
// saw, while other screens still waited for their change (docs/performance.md, "The first save is a larger change"). A
// printed chart (image) always draws.
function followSpec(canvas, handle, image) {
  let drawing = false;
  let inView = true;
  let stale = false;

  const draw = () => {
    stale = false;
    update(handle, readSpec(canvas));
  };

  const drawAtNextFrame = () => {
    if (drawing) {
      return;
    }

    drawing = true;
    requestAnimationFrame(() => {
      drawing = false;
      draw();
    });
  };

  const specs = new MutationObserver(() => {
    if (inView || image) {
      drawAtNextFrame();
    } else {
      stale = true;
    }
  });
  specs.observe(canvas, { attributes: true, attributeFilter: ['data-spec'] });

  // Drawn a little before it scrolls into view, so that the reader never sees the older drawing.
  const view = new IntersectionObserver((entries) => {
    inView = entries[entries.length - 1].isIntersecting;
    if (inView && stale) {
      drawAtNextFrame();
    }
  }, { rootMargin: '200px 0px' });
  view.observe(canvas);

  const beforePrint = () => {
    if (stale) {
      draw();
    }
  };
  window.addEventListener('beforeprint', beforePrint);

  return {
    disconnect: () => {
      specs.disconnect();
      view.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    },
  };
}

// image: for a chart in a printed document, an <img> that receives a picture of every drawing (else null).
export function create(canvas, dotNetRef, image) {
  const handle = nextHandle++;
  const observer = followSpec(canvas, handle, image);
  charts.set(handle, { chart: newChart(canvas, readSpec(canvas), dotNetRef, image), dotNetRef, image, observer });
  return handle;
}

function update(handle, spec) {
  const entry = charts.get(handle);
  if (!entry) {
    return;
  }

  const { chart } = entry;
  if (chart.config.type !== chartType(spec)) {
    // A bar chart cannot morph into a line chart; only this rare change redraws from scratch.
    const canvas = chart.canvas;
    chart.destroy();
    entry.chart = newChart(canvas, spec, entry.dotNetRef, entry.image);
    return;
  }

  chart.data.labels = [...spec.labels];
  const datasets = chart.data.datasets;
  spec.datasets.forEach((dataset, i) => {
    if (i < datasets.length) {
      // Updated in place, so that Chart.js reuses the dataset's elements instead of building new ones.
      Object.assign(datasets[i], toDataset(dataset, spec));
    } else {
      datasets.push(toDataset(dataset, spec));
    }
  });
  datasets.length = spec.datasets.length;
  chart.options = buildOptions(spec, entry.dotNetRef, entry.image);
  // Drawn once, not animated: a live change redraws its charts on every open screen at the same moment, and an animation
  // would draw each of them about fifteen times over its 250 ms. What changed is shown by the figures' highlight.
  chart.update('none');
}

export function destroy(handle) {
  const entry = charts.get(handle);
  if (entry) {
    entry.observer.disconnect();
    entry.chart.destroy();
    charts.delete(handle);
  }
}

function newChart(canvas, spec, dotNetRef, image) {
  return new window.Chart(canvas, {
    type: chartType(spec),
    data: { labels: [...spec.labels], datasets: spec.datasets.map((dataset) => toDataset(dataset, spec)) },
    options: buildOptions(spec, dotNetRef, image),
    plugins: image ? [copyTo(image)] : [],
  });
}

// Copies each finished drawing to the image; a drawing at no size (the canvas hidden by print media) is not a picture.
function copyTo(image) {
  return {
    id: 'copyToImage',
    afterRender: (chart) => {
      if (chart.width > 0 && chart.height > 0) {
        image.src = chart.toBase64Image('image/png', 1);
      }
    },
  };
}

function chartType(spec) {
  return spec.kind === 'Line' ? 'line' : 'bar';
}

function toDataset(dataset, spec) {
  return {
    label: dataset.label,
    data: [...dataset.data],
    backgroundColor: dataset.pointColours ?? dataset.colour,
    borderColor: dataset.pointColours ?? dataset.colour,
    borderWidth: spec.kind === 'Line' ? 2 : 0,
    pointRadius: 3,
    pointHoverRadius: 5,
    fill: false,
    stack: dataset.stack ?? undefined,
  };
}

function formatters(spec) {
  // An empty name is the invariant culture; let the browser pick rather than throw a RangeError.
  const locale = spec.locale || undefined;
  if (spec.valueFormat === 'Percent') {
    return {
      axis: new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
      value: new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    };
  }

  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return { axis: whole, value: whole };
}

function buildOptions(spec, dotNetRef, image) {
  const format = formatters(spec);
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const categoryAxis = spec.horizontal ? 'y' : 'x';

  return {
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: spec.horizontal ? 'y' : 'x',
    // A printed chart is copied once drawn, so it must not stop at an animation's first frame.
    animation: image || reducedMotion.matches ? false : { duration: 250 },
    // A printed chart answers no pointer (a tooltip would be copied into its picture); undefined keeps Chart.js's events.
    events: image ? [] : undefined,
    interaction: { mode: 'nearest', intersect: true },
    scales: {
      [categoryAxis]: { stacked: spec.stacked },
      [valueAxis]: {
        stacked: spec.stacked,
        beginAtZero: true,
        max: spec.axisMax ?? undefined,
        ticks: {
          precision: spec.valueFormat === 'Percent' ? undefined : 0,
          callback: (value) => format.axis.format(value),
        },
      },
    },
    plugins: {
      legend: { display: spec.datasets.length > 1 },
      tooltip: {
        callbacks: {
          label: (item) => {
            const value = spec.horizontal ? item.parsed.x : item.parsed.y;
            return `${item.dataset.label}: ${format.value.format(value)}`;
          },
          // A value left out (a hidden victim figure) arrives as null with its text ("< 5"); it has no bar to hover.
          afterBody: (items) => hiddenLines(spec, items.length > 0 ? items[0].dataIndex : -1),
        },
      },
    },
    onHover: (event, elements, chart) => {
      chart.canvas.style.cursor = elements.length > 0 ? 'pointer' : 'default';
    },
    onClick: (event, elements) => {
      if (elements.length > 0) {
        const { datasetIndex, index } = elements[0];
        dotNetRef.invokeMethodAsync('OnPointClicked', datasetIndex, index);
      }
    },
  };
}

function hiddenLines(spec, index) {
  return spec.datasets
    .filter((dataset) => dataset.data[index] === null && dataset.hiddenTexts?.[index])
    .map((dataset) => `${dataset.label}: ${dataset.hiddenTexts[index]}`);
}
