'use strict';
// Wenliu search page: plain JS against /api/search, /api/suggest and /api/articles/{id}.
(function () {
  const FACETS = [
    ['persons', 'person', '人物'],
    ['places', 'place', '地点'],
    ['organizations', 'organization', '机构'],
    ['keywords', 'keyword', '关键词'],
    ['sources', 'source', '来源'],
  ];
  const TYPE_LABELS = { entity: '实体', keyword: '关键词', title: '标题' };
  const ENTITY_LABELS = { PERSON: '人物', LOCATION: '地点', ORGANIZATION: '机构' };
  // The facets that are entities: [facet, search filter and entity page path, label].
  const ENTITY_FACETS = FACETS.slice(0, 3);
  // Entity type in events → the search filter and entity page path that name it.
  const ENTITY_PARAMS = { PERSON: 'person', LOCATION: 'place', ORGANIZATION: 'organization' };
  // How the page marks a year that is not printed in the dateline.
  const YEAR_NOTES = { text: '（年份据文中日期推断）', metadata: '（年份据文件创建日期推断）', configured: '（年份为设定值）' };
  const PAGE_SIZE = 10;
  // Filters without a facet list, kept like facet filters and shown as chips.
  const OTHER_FILTERS = [['author', '作者'], ['from', '起'], ['to', '止']];
  // What the search form sets; every other parameter (facets, author) is kept by a new search.
  const SEARCH_PARAMS = ['q', 'sort', 'from', 'to', 'page', 'article'];

  const $ = (id) => document.getElementById(id);
  const form = $('search-form');
  const input = $('q');
  const sortSelect = $('sort');
  const fromInput = $('from');
  const toInput = $('to');
  const suggestions = $('suggestions');

  function escapeHtml(text) {
    return String(text == null ? '' : text)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  }

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => {
      if (k === 'text') node.textContent = v;
      else if (k === 'html') node.innerHTML = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    });
    (children || []).forEach((c) => node.appendChild(c));
    return node;
  }

  function currentParams() {
    return new URLSearchParams(location.search);
  }

  function navigate(params) {
    history.pushState(null, '', '/?' + params.toString());
    render();
  }

  function showError(message) {
    const box = $('error');
    box.textContent = message;
    box.hidden = !message;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(body.detail || body.title || ('HTTP ' + response.status));
    }
    return body;
  }

  async function render() {
    const params = currentParams();
    hideSuggestions();
    showError('');
    if (params.get('article')) {
      return renderArticle(params.get('article'));
    }
    $('article-view').hidden = true;
    $('search-view').hidden = false;
    input.value = params.get('q') || '';
    sortSelect.value = params.get('sort') || 'relevance';
    fromInput.value = params.get('from') || '';
    toInput.value = params.get('to') || '';
    if (![...params.keys()].some((k) => k !== 'page' && k !== 'sort')) {
      $('summary').textContent = '输入关键词开始搜索。';
      $('results').replaceChildren();
      $('facets').replaceChildren();
      $('pager').replaceChildren();
      $('active-filters').replaceChildren();
      return;
    }
    const query = new URLSearchParams(params);
    query.set('size', PAGE_SIZE);
    try {
      const result = await getJson('/api/search?' + query.toString());
      renderResults(result, params);
    } catch (e) {
      showError('搜索失败：' + e.message);
    }
  }

  function renderResults(result, params) {
    $('summary').textContent = `共 ${result.total} 篇 · 用时 ${result.tookMs} 毫秒`;
    const exported = new URLSearchParams(params);
    ['page', 'sort', 'article'].forEach((k) => exported.delete(k));
    $('summary').append(' · 导出全部：',
      el('a', { id: 'export-csv', href: '/api/search/export?' + exported + '&format=csv', text: 'CSV' }), ' ',
      el('a', { id: 'export-ndjson', href: '/api/search/export?' + exported + '&format=ndjson', text: 'NDJSON' }));
    $('results').replaceChildren(...result.hits.map(renderHit));
    renderFacets(result.facets, params);
    renderTimeline(result.timeline);
    renderChips(params);
    renderPager(result, params);
    renderEntityPanel(params);
  }

  // With exactly one entity filter, the entity's page: its written forms and the entities seen with it most often
  // across the archive (each a link to its own filter).
  async function renderEntityPanel(params) {
    const panel = $('entity-panel');
    const filters = ENTITY_FACETS.flatMap(([, p, label]) => params.getAll(p).map((v) => [p, v, label]));
    panel.hidden = true;
    panel.replaceChildren();
    if (filters.length !== 1) return;
    const [param, name, label] = filters[0];
    let page;
    try {
      page = await getJson(`/api/entities/${param}/${encodeURIComponent(name)}`);
    } catch (e) {
      return;
    }
    const related = ENTITY_FACETS
      .flatMap(([facet, p]) => (page.related[facet] || []).slice(0, 5).map((v) =>
        el('a', { class: 'entity related', href: `/?${p}=${encodeURIComponent(v.value)}`, 'data-related': v.value,
          text: `${v.value} ${v.count}`, onclick: (e) => { e.preventDefault(); navigate(new URLSearchParams([[p, v.value]])); } })));
    panel.replaceChildren(
      el('h2', { text: `${label}：${page.name}` }),
      el('p', { class: 'hit-meta', text: `${page.articles} 篇文章 · 写法：${page.forms.join('、')}` }),
      el('h3', { text: '常一同出现' }),
      el('div', { class: 'entities', id: 'entity-related' }, related));
    panel.hidden = false;
  }

  function renderHit(hit) {
    const title = (hit.highlights.title && hit.highlights.title[0]) || escapeHtml(hit.title || '（无标题）');
    const meta = [dateText(hit.date, hit.printedDate, hit.yearSource), hit.source, (hit.authors || []).join('、')]
      .filter(Boolean).join(' · ');
    const snippets = (hit.highlights.body || []).map((s) => el('p', { class: 'snippet', html: '…' + s + '…' }));
    return el('li', { class: 'hit', 'data-id': hit.id }, [
      el('a', { class: 'hit-title', href: '/?article=' + encodeURIComponent(hit.id), html: title,
        onclick: (e) => { e.preventDefault(); openArticle(hit.id); } }),
      el('div', { class: 'hit-meta', text: meta }),
      ...snippets,
    ]);
  }

  function renderFacets(facets, params) {
    const groups = [];
    FACETS.forEach(([name, param, label]) => {
      const values = (facets && facets[name]) || [];
      if (!values.length) return;
      const items = values.map((v) => el('li', {}, [
        el('button', { type: 'button', class: 'facet-value', 'data-facet': name, 'data-value': v.value,
          onclick: () => { const p = currentParams(); p.append(param, v.value); p.delete('page'); navigate(p); } },
        [el('span', { text: v.value }), el('span', { class: 'count', text: String(v.count) })]),
      ]));
      groups.push(el('h3', { text: label }), el('ul', { 'data-facet-group': name }, items));
    });
    $('facets').replaceChildren(...groups);
  }

  // Matches per month (or per day when the range asked for is short) of their known date; a period sets the date
  // range to itself. Articles whose year nothing gives are counted apart: they are in no period.
  function renderTimeline(timeline) {
    const periods = (timeline && timeline.periods) || [];
    const nodes = [];
    if (periods.length || (timeline && timeline.undated)) nodes.push(el('h3', { text: '时间' }));
    if (periods.length) {
      const most = Math.max(...periods.map((p) => p.count));
      nodes.push(el('ul', { id: 'timeline', class: 'timeline' }, periods.map((period) => el('li', {}, [
        el('button', { type: 'button', class: 'month', 'data-period': period.start, onclick: () => {
          const p = currentParams();
          if (timeline.interval === 'day') {
            p.set('from', period.start);
            p.set('to', period.start);
          } else {
            const [year, month] = period.start.split('-').map(Number);
            const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
            p.set('from', `${period.start}-01`);
            p.set('to', `${period.start}-${String(last).padStart(2, '0')}`);
          }
          p.delete('page');
          navigate(p);
        } }, [
          el('span', { text: period.start }),
          el('span', { class: 'bar', style: `width:${Math.max(4, Math.round(100 * period.count / most))}px` }),
          el('span', { class: 'count', text: String(period.count) }),
        ]),
      ]))));
    }
    if (timeline && timeline.undated) {
      nodes.push(el('p', { class: 'undated', text: `未知年份 ${timeline.undated} 篇` }));
    }
    $('facets').append(...nodes);
  }

  function renderChips(params) {
    const chips = [];
    [...FACETS.map(([, param, label]) => [param, label]), ...OTHER_FILTERS].forEach(([param, label]) => {
      params.getAll(param).forEach((value) => {
        chips.push(el('button', { type: 'button', class: 'chip', title: '移除筛选',
          onclick: () => {
            const p = currentParams();
            const rest = p.getAll(param).filter((v) => v !== value);
            p.delete(param);
            rest.forEach((v) => p.append(param, v));
            p.delete('page');
            navigate(p);
          } }, [el('span', { text: `${label}：${value} ✕` })]));
      });
    });
    $('active-filters').replaceChildren(...chips);
  }

  function renderPager(result, params) {
    const pages = Math.min(Math.ceil(result.total / PAGE_SIZE), Math.floor(10000 / PAGE_SIZE));
    const current = result.page;
    const buttons = [];
    const go = (page) => () => { const p = currentParams(); p.set('page', page); navigate(p); };
    if (pages > 1) {
      if (current > 1) buttons.push(el('button', { type: 'button', onclick: go(current - 1), text: '上一页' }));
      for (let i = Math.max(1, current - 4); i <= Math.min(pages, current + 4); i++) {
        const attrs = { type: 'button', onclick: go(i), text: String(i) };
        if (i === current) attrs['aria-current'] = 'page';
        buttons.push(el('button', attrs));
      }
      if (current < pages) buttons.push(el('button', { type: 'button', onclick: go(current + 1), text: '下一页' }));
    }
    $('pager').replaceChildren(...buttons);
  }

  function openArticle(id) {
    const p = currentParams();
    p.set('article', id);
    navigate(p);
  }

  async function renderArticle(id) {
    $('search-view').hidden = true;
    const view = $('article-view');
    view.hidden = false;
    view.replaceChildren(el('p', { text: '加载中…' }));
    try {
      const article = await getJson('/api/articles/' + encodeURIComponent(id));
      const similar = await getJson('/api/articles/' + encodeURIComponent(id) + '/similar').catch(() => ({ hits: [] }));
      view.replaceChildren(...articleNodes(article, similar));
    } catch (e) {
      view.replaceChildren(el('p', { text: '无法打开文章：' + e.message }));
    }
  }

  // What is known of an article's date: the full date, marked when its year was inferred or configured, else the
  // date as printed (3月12日) without a year nothing in the text gives.
  function dateText(iso, printed, yearSource) {
    if (iso) return iso + (YEAR_NOTES[yearSource] || '');
    return printed || null;
  }

  // The text HTML-escaped with the search's terms and phrases in <mark> (as typed; traditional/simplified variants
  // are left to the search snippets).
  function markTerms(text, q) {
    const terms = [...(q || '').matchAll(/"([^"]+)"|(\S+)/g)].map((m) => (m[1] || m[2]).trim()).filter(Boolean);
    if (!terms.length) return escapeHtml(text);
    const pattern = new RegExp(terms.sort((x, y) => y.length - x.length)
      .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    let html = '';
    let last = 0;
    for (const match of text.matchAll(pattern)) {
      html += escapeHtml(text.slice(last, match.index)) + '<mark>' + escapeHtml(match[0]) + '</mark>';
      last = match.index + match[0].length;
    }
    return html + escapeHtml(text.slice(last));
  }

  function articleNodes(a, similar) {
    const enrichment = a.enrichment || {};
    // An entity analysis was unsure of is shown as such and links nowhere: it is in no facet or filter.
    const entities = (enrichment.entities || []).map((e) => e.uncertain
      ? el('span', { class: 'entity uncertain ' + e.type,
        title: `${ENTITY_LABELS[e.type] || e.type}（不确定，置信度 ${e.confidence}）`,
        text: `${e.text}?${e.count ? ' ×' + e.count : ''}` })
      : el('a', { class: 'entity ' + e.type, title: ENTITY_LABELS[e.type] || e.type,
        href: `/?${ENTITY_PARAMS[e.type]}=${encodeURIComponent(e.text)}`,
        text: `${e.text}${e.count ? ' ×' + e.count : ''}`,
        onclick: (ev) => { ev.preventDefault(); navigate(new URLSearchParams([[ENTITY_PARAMS[e.type], e.text]])); } }));
    const keywords = (enrichment.keywords || []).map((k) => el('span', { class: 'entity', text: k.term }));
    const dateline = a.dateline || {};
    const meta = [dateText(a.publishedDate, dateline.date, dateline.yearSource), a.source, a.coSource,
      (a.authors || []).join('、'), a.datelinePlace]
      .filter(Boolean).join(' · ');
    const nodes = [
      el('button', { type: 'button', id: 'back', text: '← 返回结果', onclick: () => history.back() }),
      el('h1', { text: a.title || '（无标题）' }),
    ];
    if (a.subtitle) nodes.push(el('h2', { text: a.subtitle }));
    nodes.push(el('p', { class: 'hit-meta', text: meta }));
    nodes.push(el('h3', { text: '实体' }), el('div', { class: 'entities', id: 'article-entities' }, entities));
    nodes.push(el('h3', { text: '关键词' }), el('div', { class: 'entities', id: 'article-keywords' }, keywords));
    if ((enrichment.summary || []).length) {
      nodes.push(el('h3', { text: '摘要' }), el('p', { text: enrichment.summary.join('') }));
    }
    nodes.push(el('div', { class: 'article-body', id: 'article-body', html: markTerms(a.body || '', currentParams().get('q')) }));
    nodes.push(el('p', { class: 'provenance', text: `来源文件 ${a.sourceFile || '—'} · 文档 ${a.documentId || '—'} · 索引 ${a.index}` }));
    const related = (similar.hits || []).map((h) => el('li', {}, [
      el('a', { href: '/?article=' + encodeURIComponent(h.id), text: h.title || h.id,
        onclick: (e) => { e.preventDefault(); openArticle(h.id); } })]));
    if (related.length) nodes.push(el('h3', { text: '相关文章' }), el('ul', { id: 'similar' }, related));
    return nodes;
  }

  // --- suggestions -------------------------------------------------------------------------------
  let suggestTimer = null;
  let active = -1;

  function hideSuggestions() {
    suggestions.hidden = true;
    suggestions.replaceChildren();
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  async function suggest() {
    const prefix = input.value.trim();
    if (!prefix || prefix.length > 50) return hideSuggestions();
    try {
      const items = await getJson('/api/suggest?q=' + encodeURIComponent(prefix));
      if (input.value.trim() !== prefix) return;
      if (!items.length) return hideSuggestions();
      suggestions.replaceChildren(...items.map((s, i) => el('li', { role: 'option', id: 'suggestion-' + i,
        'aria-selected': 'false', 'data-text': s.text,
        onmousedown: (e) => { e.preventDefault(); input.value = s.text; submit(); } },
        [el('span', { text: s.text }), el('small', { text: TYPE_LABELS[s.type] || s.type })])));
      suggestions.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    } catch (e) {
      hideSuggestions();
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(suggest, 150);
  });
  input.addEventListener('keydown', (e) => {
    const items = [...suggestions.children];
    if (suggestions.hidden || !items.length) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      active = (active + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items.forEach((li, i) => {
        li.classList.toggle('active', i === active);
        li.setAttribute('aria-selected', String(i === active));
      });
      input.setAttribute('aria-activedescendant', items[active].id);
      input.value = items[active].dataset.text;
    } else if (e.key === 'Escape') {
      hideSuggestions();
    }
  });
  input.addEventListener('blur', () => setTimeout(hideSuggestions, 100));

  function submit() {
    const p = new URLSearchParams();
    const q = input.value.trim();
    if (q) p.set('q', q);
    if (sortSelect.value !== 'relevance') p.set('sort', sortSelect.value);
    if (fromInput.value) p.set('from', fromInput.value);
    if (toInput.value) p.set('to', toInput.value);
    for (const [key, value] of currentParams()) {
      if (!SEARCH_PARAMS.includes(key)) p.append(key, value);
    }
    navigate(p);
  }

  form.addEventListener('submit', (e) => { e.preventDefault(); submit(); });
  // "/" anywhere outside a text field jumps to the search box.
  document.addEventListener('keydown', (e) => {
    const typing = ['INPUT', 'SELECT', 'TEXTAREA'].includes(document.activeElement.tagName);
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      input.focus();
    }
  });
  sortSelect.addEventListener('change', submit);
  window.addEventListener('popstate', render);
  render();
})();
