// Pieces kept for later, on the device only (lib/views/saved.ts): the list in
// localStorage, their pages in Cache Storage for the service worker to serve
// offline. Nothing is sent to the server, and no cookie is set.
// - A piece's pages: the "Save for later" toggle.
// - /{locale}/saved: the list, newest saved first, with remove.
// - /{locale}/offline: what can be read without a connection.
// Without scripts the toggle stays invisible, and the saved page says why it
// is empty (by CSS alone: `@media (scripting: none)`).
(function () {
  var button = document.querySelector('button[data-keep]');
  var savedPage = document.querySelector('[data-saved-page]');
  var offlinePage = document.querySelector('[data-offline-page]');
  var holder = button || savedPage || offlinePage;
  if (!holder) return;
  var store = JSON.parse(holder.getAttribute(button ? 'data-store' : savedPage ? 'data-saved-page' : 'data-offline-page'));

  // Storage can be refused (a private window, a setting): then nothing shows.
  function readList() {
    try {
      var list = JSON.parse(localStorage.getItem(store.savedList) || '[]');
      return Array.isArray(list) ? list.filter(function (p) { return p && p.slug && p.links; }) : [];
    } catch {
      return null;
    }
  }
  function writeList(list) {
    localStorage.setItem(store.savedList, JSON.stringify(list));
  }
  function withCache(then) {
    if (window.caches) caches.open(store.savedPages).then(then).catch(function () {});
  }
  function keepPages(piece) {
    withCache(function (cache) {
      return cache.addAll(piece.pages);
    });
  }
  function forgetPages(piece) {
    withCache(function (cache) {
      return Promise.all(piece.pages.map(function (url) { return cache.delete(url); }));
    });
  }
  function remove(slug) {
    var list = readList() || [];
    var gone = list.filter(function (p) { return p.slug === slug; })[0];
    writeList(list.filter(function (p) { return p.slug !== slug; }));
    if (gone) forgetPages(gone);
    return gone;
  }

  if (button) toggle();
  if (savedPage) list(savedPage);
  if (offlinePage) {
    // Served by the service worker in place of a page it has not kept.
    offlinePage.querySelector('[data-not-kept]').hidden = location.pathname === offlinePage.getAttribute('data-at');
    list(offlinePage);
    recent(offlinePage);
  }

  function toggle() {
    var piece = JSON.parse(button.getAttribute('data-keep'));
    var said = button.parentNode.querySelector('[data-keep-said]');
    if (!readList()) return;
    function show() {
      var kept = (readList() || []).some(function (p) { return p.slug === piece.slug; });
      button.setAttribute('aria-pressed', String(kept));
    }
    show();
    button.classList.remove('invisible');
    button.addEventListener('click', function () {
      var kept = button.getAttribute('aria-pressed') === 'true';
      if (kept) remove(piece.slug);
      else {
        var list = (readList() || []).filter(function (p) { return p.slug !== piece.slug; });
        piece.savedAt = new Date().toISOString();
        list.push(piece);
        writeList(list);
        keepPages(piece);
      }
      show();
      said.textContent = button.getAttribute(kept ? 'data-said-removed' : 'data-said-kept');
    });
    // Saved or removed in another tab.
    addEventListener('storage', function (event) {
      if (event.key === store.savedList) show();
    });
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) { return name in values ? values[name] : all; });
  }
  function dateIn(locale, iso) {
    var date = new Date(iso);
    if (isNaN(date)) return '';
    var parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(date);
    // French writes the first of the month "1er".
    return parts.map(function (part) { return part.type === 'day' && locale === 'fr' && part.value === '1' ? '1er' : part.value; }).join('');
  }

  // An entry of a list: a piece's title in the page's language, else in the
  // other one, marked with its lang and said to be in it.
  function entryOf(piece, labels) {
    var own = piece.titles[labels.locale];
    var lang = own ? '' : Object.keys(piece.titles)[0] || '';
    var meta = [];
    if (lang) meta.push(labels.inOther);
    if (piece.savedAt) meta.push(fill(labels.savedOn, { date: dateIn(labels.locale, piece.savedAt) }));
    return { piece: piece, title: own || piece.titles[lang] || piece.slug, href: piece.links[labels.locale], lang: lang, meta: meta.join(' · ') };
  }

  // Fills one list from its template.
  function render(section, entries, onRemove) {
    var ol = section.querySelector('[data-kept-list]');
    var labels = JSON.parse(ol.getAttribute('data-labels'));
    var template = section.querySelector('template');
    ol.textContent = '';
    entries.forEach(function (entry) {
      var item = template.content.firstElementChild.cloneNode(true);
      var link = item.querySelector('[data-title]');
      link.textContent = entry.title;
      link.href = entry.href;
      if (entry.lang) link.lang = entry.lang;
      var meta = item.querySelector('[data-meta]');
      if (entry.meta) meta.textContent = entry.meta;
      else meta.remove();
      var removeButton = item.querySelector('[data-remove]');
      if (removeButton) {
        removeButton.textContent = labels.removeButton;
        removeButton.setAttribute('aria-label', fill(labels.remove, { title: entry.title }));
        removeButton.addEventListener('click', function () {
          onRemove(entry, item, fill(labels.removed, { title: entry.title }));
        });
      }
      ol.appendChild(item);
    });
    section.hidden = !entries.length;
    return labels;
  }

  function list(page) {
    var section = page.querySelector('[data-kept="saved"]');
    var labels = JSON.parse(section.querySelector('[data-kept-list]').getAttribute('data-labels'));
    var said = page.querySelector('[data-kept-said]');
    function show() {
      var pieces = readList();
      if (!pieces) return;
      var entries = pieces.slice().reverse().map(function (piece) { return entryOf(piece, labels); });
      render(section, entries, function (entry, item, message) {
        // Focus goes on to the next entry's button, else the previous one's, else the heading.
        var near = item.nextElementSibling || item.previousElementSibling;
        var href = near && near.querySelector('[data-title]').getAttribute('href');
        remove(entry.piece.slug);
        show();
        var link = href && section.querySelector('[data-title][href="' + href + '"]');
        var heading = page.querySelector('h1');
        if (link) link.closest('li').querySelector('[data-remove]').focus();
        else if (heading) {
          heading.tabIndex = -1;
          heading.focus();
        }
        said.textContent = message;
      });
      showEmpty(page);
    }
    show();
    addEventListener('storage', function (event) {
      if (event.key === store.savedList) show();
    });
  }

  // The empty state, once no list has anything to show.
  function showEmpty(page) {
    var empty = page.querySelector('[data-kept-empty]');
    empty.hidden = Array.prototype.some.call(page.querySelectorAll('[data-kept]'), function (section) { return !section.hidden; });
  }

  // The offline page: the pages read lately that the service worker kept,
  // newest first, by their title; the saved pieces are listed above them.
  function recent(page) {
    var section = page.querySelector('[data-kept="recent"]');
    var labels = JSON.parse(section.querySelector('[data-kept-list]').getAttribute('data-labels'));
    var saved = {};
    (readList() || []).forEach(function (piece) {
      piece.pages.forEach(function (url) { saved[url] = true; });
    });
    if (!window.caches) return;
    caches.open(store.recentPages).then(function (cache) {
      return cache.keys().then(function (requests) {
        var urls = requests.map(function (r) { return new URL(r.url).pathname; }).filter(function (url) { return !saved[url]; });
        return Promise.all(urls.reverse().slice(0, 20).map(function (url) {
          return cache.match(url).then(function (response) { return response.text(); }).then(function (html) {
            var doc = new DOMParser().parseFromString(html, 'text/html');
            var lang = doc.documentElement.lang;
            return { title: doc.title.replace(/ — [^—]*$/, ''), href: url, lang: lang === labels.locale ? '' : lang, meta: '' };
          });
        }));
      });
    }).then(function (entries) {
      render(section, entries);
      showEmpty(page);
    }).catch(function () {});
  }
})();
