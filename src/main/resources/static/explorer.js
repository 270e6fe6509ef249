// PolicyGraph explorer: search, entity cards, neighbourhoods and paths, all read through the public /api.
// The drawing is always the union of the neighbourhoods of the entities the user expanded (and the paths
// found), fetched with the checked relationship types, so changing the filter redraws it consistently.

const LABELS = {
  Place: { name: '地点', color: '#2f6fd0' },
  Enterprise: { name: '企业', color: '#e07b24' },
  Program: { name: '项目', color: '#7d5bbe' },
  ResearchTeam: { name: '科研团队', color: '#1f9a8a' },
  Government: { name: '政府机构', color: '#cf3e3e' },
  Journal: { name: '期刊', color: '#a7832a' },
  Person: { name: '人物', color: '#d0589f' },
};
const RELATIONS = {
  INVESTS_IN: '投资',
  PARTNERS_WITH: '合作',
  PUBLISHED_IN: '发表于',
  LOCATED_IN: '位于',
  IMPLEMENTS: '实施',
  PART_OF: '隶属于',
  AFFILIATED_WITH: '任职于',
};
const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';
const NEIGHBOURS_LIMIT = 100;
const MAX_FIT_ZOOM = 1.2;

const $ = (id) => document.getElementById(id);

const state = {
  expanded: [],        // entity ids whose neighbourhoods are drawn, in the order the user opened them
  path: null,          // {from, to, maxLength} of the paths drawn, or null
  pathView: null,      // the last /api/paths answer for state.path
  selected: null,      // id of the entity whose card is shown
};
const neighbourhoods = new Map(); // "id?types" -> GraphView, so expanding a node does not refetch the others

let cy;
let pending = 0;

// ---- API ----

async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const url = 'api/' + path + (query.toString() ? '?' + query : '');
  let response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error('The server cannot be reached.');
  }
  if (!response.ok) {
    // Every API error is RFC 9457 problem+json; its detail names the mistake.
    const problem = await response.json().catch(() => null);
    throw new Error(problem?.detail || `${response.status} ${response.statusText}`);
  }
  return response.json();
}

const entityPath = (id) => 'entities/' + encodeURIComponent(id);
// Article ids may contain '/', which stays a path separator; every segment is encoded ('#' becomes %23).
const articlePath = (id) => 'articles/' + id.split('/').map(encodeURIComponent).join('/');

/** Runs a user action: marks the page busy meanwhile and shows its error, if any, to the user. */
function run(action) {
  pending++;
  updateBusy();
  hideError();
  return Promise.resolve().then(action).catch(showError).finally(() => {
    pending--;
    updateBusy();
  });
}

function updateBusy() {
  $('explorer').setAttribute('aria-busy', String(pending > 0));
}

function showError(error) {
  $('error-message').textContent = error.message;
  $('error').hidden = false;
}

function hideError() {
  $('error').hidden = true;
}

// ---- DOM helpers: text goes in as text, never as HTML ----

function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else if (key === 'style') element.style.cssText = value;
    else element.setAttribute(key, value);
  }
  return fill(element, ...children);
}

/** Replaces the element's content, leaving out absent (null, undefined, false) children. */
function fill(element, ...children) {
  element.replaceChildren(...children.flat().filter((child) => child !== null && child !== undefined && child !== false));
  return element;
}

function badge(label) {
  const info = LABELS[label] ?? { name: label, color: '#6b7280' };
  return el('span', { class: 'badge', style: `--badge: ${info.color}`, title: label }, info.name);
}

const labelOf = (node) => node.labels.find((label) => label in LABELS) ?? node.labels[0];

function formatAmount(amount, currency) {
  if (currency === 'CNY') {
    if (amount >= 1e8) return `${+(amount / 1e8).toFixed(2)}亿元`;
    if (amount >= 1e4) return `${+(amount / 1e4).toFixed(2)}万元`;
    return `${amount}元`;
  }
  return `${amount.toLocaleString()} ${currency ?? ''}`.trim();
}

// ---- search-backed entity pickers (the main search and both ends of the path finder) ----

function entityPicker(input, list, onPick, { closeOnPick }) {
  let timer;
  let latest = 0;

  async function search() {
    const q = input.value.trim();
    const request = ++latest;
    if (!q) {
      list.replaceChildren();
      return;
    }
    const results = await api('search', { q, limit: 20 });
    if (request !== latest) return; // a newer query was typed meanwhile
    list.replaceChildren(...(results.length
      ? results.map((node) => el('li', {},
        el('button', { type: 'button', 'data-id': node.id, onclick: () => pick(node) },
          badge(labelOf(node)),
          el('span', { class: 'name' }, node.name),
          node.aliases.length ? el('span', { class: 'aliases' }, node.aliases.join('、')) : null)))
      : [el('li', { class: 'muted empty' }, 'No entity matches.')]));
  }

  function pick(node) {
    input.dataset.id = node.id;
    if (closeOnPick) {
      input.value = node.name;
      list.replaceChildren();
    } else {
      for (const button of list.querySelectorAll('button')) {
        button.classList.toggle('active', button.dataset.id === node.id);
      }
    }
    onPick(node);
  }

  input.addEventListener('input', () => {
    delete input.dataset.id;
    clearTimeout(timer);
    timer = setTimeout(() => search().catch(showError), 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      clearTimeout(timer);
      run(async () => {
        await search();
        list.querySelector('button')?.click();
      });
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      list.querySelector('button')?.focus();
    } else if (event.key === 'Escape' && closeOnPick) {
      list.replaceChildren();
    }
  });
  if (closeOnPick) {
    // A dropdown closes when focus leaves its input and suggestions.
    input.parentElement.addEventListener('focusout', (event) => {
      if (!input.parentElement.contains(event.relatedTarget)) list.replaceChildren();
    });
  }
  list.addEventListener('keydown', (event) => {
    const item = event.target.closest('li');
    if (event.key === 'ArrowDown') item?.nextElementSibling?.querySelector('button')?.focus();
    if (event.key === 'ArrowUp') (item?.previousElementSibling?.querySelector('button') ?? input).focus();
  });

  return {
    set(node) {
      input.value = node.name;
      input.dataset.id = node.id;
      list.replaceChildren();
    },
  };
}

// ---- the graph ----

function checkedTypes() {
  return [...document.querySelectorAll('#types input:checked')].map((box) => box.value);
}

/** The types parameter: omitted when every type is wanted, which is the API's default. */
function typesParameter() {
  const types = checkedTypes();
  return types.length === Object.keys(RELATIONS).length ? undefined : types.join(',');
}

async function neighbourhood(id) {
  const types = typesParameter();
  const key = `${id}?${types ?? ''}`;
  if (!neighbourhoods.has(key)) {
    neighbourhoods.set(key, await api(entityPath(id) + '/neighbors', { depth: 1, types, limit: NEIGHBOURS_LIMIT }));
  }
  return neighbourhoods.get(key);
}

async function redraw() {
  const views = await Promise.all(state.expanded.map(neighbourhood));
  state.pathView = state.path
    ? await api('paths', { ...state.path, types: typesParameter() })
    : null;
  if (state.pathView) views.push(state.pathView);
  await draw(views);
  renderPathSummary();
}

/** Makes the drawing exactly the union of the views, keeping the positions of what stays. */
async function draw(views) {
  const nodes = new Map();
  const edges = new Map();
  for (const view of views) {
    view.nodes.forEach((node) => nodes.set(node.id, node));
    view.relationships.forEach((relationship) => edges.set(relationship.id, relationship));
  }
  const firstDrawing = cy.nodes().empty();
  const added = cy.collection();
  cy.batch(() => {
    cy.elements().filter((element) => !(element.isNode() ? nodes : edges).has(element.id())).remove();
    for (const node of nodes.values()) {
      if (cy.getElementById(node.id).empty()) {
        added.merge(cy.add({ group: 'nodes', data: { id: node.id, name: node.name, label: labelOf(node) } }));
      }
    }
    for (const relationship of edges.values()) {
      if (cy.getElementById(relationship.id).empty() && nodes.has(relationship.source) && nodes.has(relationship.target)) {
        added.merge(cy.add({
          group: 'edges',
          data: {
            id: relationship.id, source: relationship.source, target: relationship.target,
            type: relationship.type, caption: RELATIONS[relationship.type] ?? relationship.type, relationship,
          },
        }));
      }
    }
    // New nodes start beside a node already placed, so the layout below only has to settle them.
    added.nodes().forEach((node) => {
      const anchor = node.neighborhood('node').difference(added).first();
      const origin = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
      node.position({ x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 });
    });
    markStates();
  });
  $('graph-hint').hidden = cy.nodes().nonempty();
  $('graph-count').textContent = cy.nodes().nonempty()
    ? `${cy.nodes().length} entities · ${cy.edges().length} relationships` : '';
  if (added.nonempty()) {
    const layout = cy.layout({
      name: 'cose', randomize: firstDrawing, animate: 'end', animationDuration: 300, fit: true, padding: 40,
      nodeRepulsion: () => 40000, idealEdgeLength: () => 110, nodeOverlap: 20, numIter: 2000,
    });
    const stopped = layout.promiseOn('layoutstop');
    layout.run();
    await stopped;
    // Fitting a handful of nodes would zoom in until the labels are huge.
    if (cy.zoom() > MAX_FIT_ZOOM) {
      cy.zoom(MAX_FIT_ZOOM);
      cy.center();
    }
  }
}

/** Classes for expanded entities and the paths found; everything off the paths fades while they are shown. */
function markStates() {
  cy.elements().removeClass('expanded path faded');
  state.expanded.forEach((id) => cy.getElementById(id).addClass('expanded'));
  if (state.pathView?.paths.length) {
    const onPath = cy.collection();
    state.pathView.paths.flat().forEach((id) => onPath.merge(cy.getElementById(id)));
    onPath.merge(onPath.connectedNodes()).addClass('path');
    cy.elements().difference(onPath).addClass('faded');
  }
  cy.nodes().unselect();
  if (state.selected) cy.getElementById(state.selected).select();
}

function createGraph() {
  cy = cytoscape({
    container: $('graph'),
    minZoom: 0.2,
    maxZoom: 3,
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(name)', 'font-family': FONT, 'font-size': 12, color: '#1f2937',
          'text-valign': 'bottom', 'text-margin-y': 5, 'text-wrap': 'ellipsis', 'text-max-width': 120,
          'text-outline-color': '#ffffff', 'text-outline-width': 2,
          width: 26, height: 26, 'background-color': '#6b7280', 'border-color': '#ffffff', 'border-width': 2,
        },
      },
      ...Object.entries(LABELS).map(([label, info]) => ({
        selector: `node[label = "${label}"]`, style: { 'background-color': info.color },
      })),
      { selector: 'node.expanded', style: { width: 34, height: 34, 'border-color': '#111827', 'border-width': 2 } },
      { selector: 'node:selected', style: { 'border-color': '#f59e0b', 'border-width': 4, 'font-weight': 'bold' } },
      {
        selector: 'edge',
        style: {
          width: 1.6, 'line-color': '#aab2bf', 'curve-style': 'bezier',
          'target-arrow-shape': 'triangle', 'target-arrow-color': '#aab2bf', 'arrow-scale': 0.9,
          label: 'data(caption)', 'font-family': FONT, 'font-size': 10, color: '#6b7280',
          'text-rotation': 'autorotate', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85,
          'text-background-padding': 1,
        },
      },
      // Partnerships are stored once per pair but have no direction.
      { selector: 'edge[type = "PARTNERS_WITH"]', style: { 'target-arrow-shape': 'none', 'line-style': 'dashed' } },
      { selector: 'edge:selected', style: { 'line-color': '#111827', 'target-arrow-color': '#111827', width: 3 } },
      { selector: 'edge.path', style: { 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b', width: 4, color: '#92400e' } },
      { selector: 'node.path', style: { 'border-color': '#f59e0b', 'border-width': 4 } },
      { selector: '.faded', style: { opacity: 0.25 } },
    ],
  });
  cy.on('tap', 'node', (event) => run(() => expand(event.target.id())));
  cy.on('tap', 'edge', (event) => showRelationship(event.target.data('relationship')));
}

// ---- actions ----

/** A new exploration: the entity's neighbourhood alone. */
function explore(id) {
  return run(async () => {
    state.expanded = [id];
    state.path = null;
    await showEntity(id);
  });
}

/** Adds the entity's neighbourhood to the drawing and shows its card. */
async function expand(id) {
  if (!state.expanded.includes(id)) state.expanded.push(id);
  await showEntity(id);
}

async function showEntity(id) {
  state.selected = id;
  history.replaceState(null, '', '#' + encodeURIComponent(id));
  try {
    const [detail] = await Promise.all([api(entityPath(id)), redraw()]);
    renderEntity(detail);
  } catch (error) {
    // An id the API refused (unknown, malformed) must not break every later redraw.
    state.expanded = state.expanded.filter((expanded) => expanded !== id);
    state.selected = null;
    throw error;
  }
}

function clearGraph() {
  state.expanded = [];
  state.path = null;
  state.selected = null;
  history.replaceState(null, '', location.pathname);
  $('card').replaceChildren(el('p', { class: 'muted' }, 'Nothing selected.'));
  return run(redraw);
}

// ---- the card: one entity, or one relationship ----

function renderEntity({ entity, degree, recentArticles }) {
  const label = labelOf(entity);
  const properties = Object.entries(entity.properties);
  const connections = Object.entries(degree).filter(([type, count]) => type !== 'MENTIONS' && count > 0);
  const drawn = cy.getElementById(entity.id).connectedEdges().map((edge) => edge.data('relationship'));

  fill($('card'),
    el('header', {},
      el('div', { class: 'kind' }, badge(label), el('span', { class: 'muted' }, label)),
      el('h2', { id: 'card-name' }, entity.name),
      el('code', { class: 'id' }, entity.id)),
    el('div', { class: 'actions' },
      el('button', { type: 'button', onclick: () => pathFrom.set(entity) }, 'Path from here'),
      el('button', { type: 'button', onclick: () => pathTo.set(entity) }, 'Path to here')),
    section('Aliases', entity.aliases.length
      ? el('div', { class: 'chips' }, entity.aliases.map((alias) => el('span', { class: 'chip' }, alias)))
      : el('p', { class: 'muted' }, 'None.')),
    properties.length ? section('Properties', el('dl', { class: 'properties' },
      properties.flatMap(([key, value]) => [el('dt', {}, key), el('dd', {}, String(value))]))) : null,
    section('Connections', el('ul', { class: 'degree' },
      connections.map(([type, count]) => el('li', {},
        el('span', {}, `${RELATIONS[type] ?? type} `, el('code', {}, type)), el('b', {}, String(count)))),
      el('li', {}, el('span', {}, 'Articles mentioning it'), el('b', {}, String(degree.MENTIONS ?? 0))))),
    section('Recent articles', recentArticles.length
      ? el('ul', { class: 'articles' }, recentArticles.map((article) => el('li', {},
        el('button', { type: 'button', class: 'link', onclick: () => openArticle(article.id) }, article.title || article.id),
        el('span', { class: 'muted' }, [article.source, article.publishedAt].filter(Boolean).join(' · ')))))
      : el('p', { class: 'muted' }, 'None.')),
    section(`Evidence of the ${drawn.length} relationships drawn`, drawn.length
      ? el('ul', { class: 'evidence-list' }, drawn.map((relationship) => el('li', {},
        relationshipHeading(relationship), evidenceList(relationship))))
      : el('p', { class: 'muted' }, 'No relationship of the checked types.')),
  );
}

function showRelationship(relationship) {
  const { amount, currency, support, firstPublished, lastPublished } = relationship.properties;
  const facts = [
    amount !== undefined ? ['amount', formatAmount(amount, currency)] : null,
    ['support', `${support ?? relationship.evidence.length} article(s)`],
    firstPublished ? ['first published', firstPublished] : null,
    lastPublished ? ['last published', lastPublished] : null,
  ].filter(Boolean);
  fill($('card'),
    el('header', {},
      el('div', { class: 'kind' }, el('span', { class: 'badge relation' }, RELATIONS[relationship.type]),
        el('span', { class: 'muted' }, relationship.type)),
      relationshipHeading(relationship)),
    section('Properties', el('dl', { class: 'properties' }, facts.flatMap(([key, value]) => [el('dt', {}, key), el('dd', {}, value)]))),
    section('Evidence', evidenceList(relationship)),
  );
}

function relationshipHeading(relationship) {
  const end = (id) => el('button', { type: 'button', class: 'link', onclick: () => run(() => expand(id)) },
    cy.getElementById(id).data('name') ?? id);
  return el('div', { class: 'relationship' },
    end(relationship.source), el('span', { class: 'arrow' }, ` —${RELATIONS[relationship.type] ?? relationship.type}→ `),
    end(relationship.target));
}

function evidenceList(relationship) {
  return el('ol', { class: 'evidence' }, relationship.evidence.map(({ articleId, sentence }) => el('li', {},
    el('blockquote', {}, sentence),
    el('button', { type: 'button', class: 'link source', onclick: () => openArticle(articleId) }, articleId))));
}

function section(title, ...content) {
  return el('section', {}, el('h3', {}, title), ...content);
}

function openArticle(id) {
  return run(async () => {
    const { article, text, graph } = await api(articlePath(id));
    const meta = [article.source, article.publishedAt, article.authors.join(' ')].filter(Boolean).join(' · ');
    fill($('article-body'),
      el('h2', {}, article.title || article.id),
      el('p', { class: 'muted' }, meta || 'No source or date recorded.'),
      el('p', {}, el('code', { class: 'id' }, article.id)),
      article.url ? el('p', {}, el('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, article.url)) : null,
      section(`Entities mentioned (${graph.nodes.length})`, el('div', { class: 'chips' }, graph.nodes.map((node) =>
        el('button', { type: 'button', class: 'chip', onclick: () => { $('article').close(); explore(node.id); } },
          badge(labelOf(node)), node.name)))),
      section('Text', el('div', { class: 'text' }, text)),
    );
    $('article').showModal();
  });
}

// ---- path finder ----

function findPaths(event) {
  event.preventDefault();
  const from = $('path-from').dataset.id;
  const to = $('path-to').dataset.id;
  if (!from || !to) {
    showError(new Error('Pick both ends of the path from the search suggestions.'));
    return;
  }
  run(async () => {
    state.path = { from, to, maxLength: $('path-length').value };
    await redraw();
  });
}

function renderPathSummary() {
  const summary = $('path-summary');
  if (!state.pathView) {
    summary.replaceChildren();
    return;
  }
  const { nodes, relationships, paths } = state.pathView;
  if (!paths.length) {
    summary.replaceChildren(el('p', { class: 'muted' }, `No path of at most ${state.path.maxLength} hops with the checked types.`));
    return;
  }
  const names = new Map(nodes.map((node) => [node.id, node.name]));
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  summary.replaceChildren(el('p', { class: 'muted' }, `${paths.length} shortest path(s), ${paths[0].length} hop(s):`),
    el('ol', {}, paths.map((path) => {
      let at = state.path.from;
      const steps = [names.get(at)];
      for (const relationship of path.map((id) => byId.get(id))) {
        at = relationship.source === at ? relationship.target : relationship.source;
        steps.push(` —${RELATIONS[relationship.type]}— `, names.get(at));
      }
      return el('li', {}, steps.join(''));
    })));
}

// ---- start ----

let pathFrom;
let pathTo;

function start() {
  createGraph();
  window.explorer = { cy, state };

  $('types').append(...Object.entries(RELATIONS).map(([type, name]) => el('label', {},
    el('input', { type: 'checkbox', value: type, checked: '' }), ` ${name} `, el('code', {}, type))));
  $('types').addEventListener('change', (event) => {
    if (!checkedTypes().length) {
      event.target.checked = true; // the API treats no types as every type, so keep at least one
      return;
    }
    run(() => (state.selected ? showEntity(state.selected) : redraw()));
  });
  $('legend').append(...Object.entries(LABELS).map(([label, info]) =>
    el('li', { title: label }, el('span', { class: 'dot', style: `background: ${info.color}` }), info.name)));

  entityPicker($('search'), $('search-results'), (node) => explore(node.id), { closeOnPick: false });
  pathFrom = entityPicker($('path-from'), $('path-from-results'), () => {}, { closeOnPick: true });
  pathTo = entityPicker($('path-to'), $('path-to-results'), () => {}, { closeOnPick: true });
  $('path-form').addEventListener('submit', findPaths);
  $('path-clear').addEventListener('click', () => run(async () => {
    state.path = null;
    await redraw();
  }));
  $('fit').addEventListener('click', () => cy.fit(undefined, 40));
  $('reset').addEventListener('click', clearGraph);
  $('error-close').addEventListener('click', hideError);

  // A link to the explorer may name the entity to open: /#place%3A140500 (the explorer's own updates of
  // the address use replaceState, which fires no hashchange).
  const openFromAddress = () => {
    if (location.hash.length > 1) explore(decodeURIComponent(location.hash.slice(1)));
  };
  window.addEventListener('hashchange', openFromAddress);
  openFromAddress();
}

start();
