// Sentences across the two languages (lib/views/sentences.ts): each aligned
// sentence is a span named by its key (`p-3.2`), the same in both languages.
// - Side by side: pointing at, focusing or tapping a sentence lights it and
//   its counterpart in the other column, brought into view if it is not.
// - One language: once the header's toggle is on (remembered on the device),
//   a click, tap or Enter on a sentence opens a card with its counterpart,
//   read from the other version's page.
// Both: one tab stop per block, Left and Right from sentence to sentence
// within it (Up, Down, Home, End and Space still scroll the page), Escape to
// let go. Without scripts, the text is plain text, as before.
(function () {
  var lit = []; // the sentence lit and its counterpart
  var toggle = document.querySelector('button[data-sentences]');
  var card = document.getElementById('sentence-card');
  var side = !toggle && !!document.querySelector('[data-pair] span[data-s]');
  if (!side && !(toggle && card)) return;

  // The other column's spans are named by data-s (an id is given them below, for screen readers).
  function keyOf(span) {
    return span.getAttribute('data-s') || span.id;
  }
  // A sentence, or a block shown aligned as a whole (it has no sentences).
  function unitAt(node) {
    var unit = node && node.closest ? node.closest('span[id^="p-"], span[data-s]') : null;
    if (unit) return unit;
    var block = node && node.closest ? node.closest('[data-units] > [id^="p-"]') : null;
    return block && !block.querySelector('span[id^="p-"]') ? block : null;
  }
  function counterpartOf(span) {
    if (span.hasAttribute('data-s')) return document.getElementById(keyOf(span));
    return span.closest('[data-pair]').querySelector('[data-s="' + span.id + '"]');
  }
  function light(units) {
    units = units.filter(Boolean);
    if (units.length === lit.length && units.every(function (unit, i) { return unit === lit[i]; })) return;
    lit.forEach(function (unit) {
      unit.classList.remove('sentence-lit');
    });
    lit = units;
    lit.forEach(function (unit) {
      unit.classList.add('sentence-lit');
    });
    // The language switch points at the sentence last lit, while it is on screen (reader.js).
    if (lit[0]) document.dispatchEvent(new CustomEvent('sentence', { detail: keyOf(lit[0]) }));
  }
  // Scrolls the least that shows both (the sentence, then its counterpart
  // when both do not fit), below the sticky header.
  function bringIntoView(unit, other) {
    var header = document.querySelector('header');
    var top = header ? header.getBoundingClientRect().bottom + 8 : 8;
    var a = unit.getBoundingClientRect();
    var b = other.getBoundingClientRect();
    var from = Math.min(a.top, b.top);
    var to = Math.max(a.bottom, b.bottom);
    if (to - from > innerHeight - top - 8) {
      from = b.top;
      to = b.bottom;
    }
    var by = from < top ? from - top : to > innerHeight - 8 ? Math.min(to - innerHeight + 8, from - top) : 0;
    if (by) scrollBy(0, by);
  }

  // One tab stop per group of sentences (a column's cell, a block): the
  // group itself; Left and Right go into it from sentence to sentence, Escape
  // back out to the group.
  var sentence = 'span[id^="p-"], span[data-s]';
  function groupOf(node) {
    return node.closest('[data-pair] > [lang], [data-units] > [id^="p-"]');
  }
  document.addEventListener('keydown', function (event) {
    var at = event.target;
    var group = at.closest && groupOf(at);
    if (!group || (at !== group && !at.matches(sentence)) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    var units = Array.prototype.slice.call(group.querySelectorAll(sentence));
    if (event.key === 'Escape' && at !== group) {
      light([]);
      group.focus();
      return;
    }
    var step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (!step || !units.length) return;
    event.preventDefault();
    var from = at === group ? (step > 0 ? -1 : units.length) : units.indexOf(at);
    var next = units[Math.max(0, Math.min(units.length - 1, from + step))];
    next.tabIndex = -1;
    next.focus();
  });

  if (side) sideBySide();
  else oneLanguage();

  function sideBySide() {
    var spans = document.querySelectorAll('[data-pair] span[id^="p-"], [data-pair] span[data-s]');
    spans.forEach(function (span) {
      var other = counterpartOf(span);
      if (!other) return;
      // Screen readers say the counterpart after the sentence.
      if (!other.id) other.id = 'c-' + keyOf(other);
      span.setAttribute('aria-describedby', other.id);
    });
    function show(span, scroll) {
      var other = counterpartOf(span);
      light([span, other]);
      if (scroll && other) bringIntoView(span, other);
    }
    document.addEventListener('pointerover', function (event) {
      if (event.pointerType !== 'mouse') return;
      var span = unitAt(event.target);
      if (span) show(span, false);
      else if (lit.length && !lit[0].contains(document.activeElement)) light([]);
    });
    // A tap may focus the sentence before its click: scrolling then would
    // send the click to whatever came under the finger. Only a focus from
    // the keyboard scrolls; a tap scrolls on its click.
    document.addEventListener('focusin', function (event) {
      var span = unitAt(event.target);
      if (span && span === event.target) show(span, span.matches(':focus-visible'));
    });
    document.addEventListener('click', function (event) {
      var span = unitAt(event.target);
      if (span && !event.target.closest('a')) show(span, true);
      else if (!span) light([]);
    });
    // Landing on a sentence (`#p-3.2`, from the other language): it and its counterpart.
    var target = null;
    try {
      target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    } catch {
      // A malformed fragment names nothing.
    }
    if (target && unitAt(target) === target) show(target, false);
  }

  function oneLanguage() {
    var text = document.querySelector('[data-units]');
    var hint = document.getElementById(toggle.getAttribute('aria-describedby'));
    var parallel = card.getAttribute('data-parallel');
    var link = card.querySelector('a');
    var said = card.querySelector('[data-text]');
    var hadFocus = false; // whether the card had the focus as it closed
    var pressed = null; // the sentence a press went down on while its card was open
    var missing = card.querySelector('[data-missing]');
    var failed = card.querySelector('[data-failed]');
    var other = null; // the other version's page, once asked for
    var opener = null;
    var on = false;
    var memory = 'sentences';
    function stored() {
      try {
        return localStorage.getItem(memory) === 'on';
      } catch {
        return false;
      }
    }
    // When on, each block is a tab stop (the arrows reach its sentences),
    // and each sentence a button that opens its card. A block shown whole
    // keeps its role (a heading stays a heading) and opens its card on Enter.
    function set(value) {
      on = value;
      toggle.setAttribute('aria-pressed', String(on));
      hint.hidden = !on;
      text.toggleAttribute('data-sentences-on', on);
      text.querySelectorAll('[data-units] > [id^="p-"]').forEach(function (block) {
        if (on) block.tabIndex = 0;
        else block.removeAttribute('tabindex');
      });
      // No role of button for a sentence: it may hold a link (a mention),
      // and a button cannot. The hint says what Enter does.
      text.querySelectorAll('span[id^="p-"]').forEach(function (span) {
        if (on) {
          span.tabIndex = -1;
          span.setAttribute('aria-describedby', hint.id);
        } else {
          span.removeAttribute('tabindex');
          span.removeAttribute('aria-describedby');
        }
      });
      if (!on && card.matches(':popover-open')) card.hidePopover();
    }
    toggle.classList.remove('invisible');
    set(stored());
    toggle.addEventListener('click', function () {
      set(!on);
      try {
        localStorage.setItem(memory, on ? 'on' : 'off');
      } catch {
        // Private browsing: on for this page only.
      }
    });

    function counterpart(key) {
      if (!other) {
        other = fetch(toggle.getAttribute('data-from'), { credentials: 'same-origin' }).then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.text().then(function (html) {
            return new DOMParser().parseFromString(html, 'text/html');
          });
        });
        other.catch(function () {
          other = null; // asked again next time
        });
      }
      return other.then(function (page) {
        var found = page.getElementById(key);
        return found ? found.textContent.trim() : null;
      });
    }
    function open(unit, byKeyboard) {
      var key = keyOf(unit);
      opener = unit;
      light([unit]);
      link.href = parallel + '#' + key;
      said.textContent = '';
      missing.hidden = failed.hidden = true;
      if (!card.matches(':popover-open')) {
        // With a source, the card comes right after the sentence in the tab order.
        try {
          card.showPopover({ source: unit });
        } catch {
          return;
        }
      }
      place(unit);
      if (byKeyboard) card.focus({ preventScroll: true });
      counterpart(key).then(
        function (found) {
          if (opener !== unit) return;
          said.textContent = found || '';
          missing.hidden = found !== null;
          place(unit);
        },
        function () {
          if (opener !== unit) return;
          failed.hidden = false;
          place(unit);
        }
      );
    }
    // Below the sentence, or above it when there is no room below.
    function place(unit) {
      var box = unit.getClientRects();
      var last = box[box.length - 1] || unit.getBoundingClientRect();
      var first = box[0] || last;
      var width = document.documentElement.clientWidth;
      var left = width < 2 * card.offsetWidth ? (width - card.offsetWidth) / 2 : Math.max(8, Math.min(last.left, width - card.offsetWidth - 8));
      var top = last.bottom + 6;
      if (top + card.offsetHeight > innerHeight - 8) top = Math.max(8, first.top - 6 - card.offsetHeight);
      card.style.left = left + 'px';
      card.style.top = top + 'px';
    }
    card.addEventListener('beforetoggle', function (event) {
      if (event.newState === 'closed') hadFocus = card.contains(document.activeElement);
    });
    card.addEventListener('toggle', function (event) {
      // The event comes a task late: the card may have been opened again since.
      if (event.newState !== 'closed' || !opener || card.matches(':popover-open')) return;
      var unit = opener;
      opener = null;
      light([]);
      // Closed from inside (Escape): the reader goes on from the sentence.
      if (hadFocus) unit.focus({ preventScroll: true });
    });
    var pending = false;
    function placeLater() {
      if (opener && !pending) {
        pending = true;
        requestAnimationFrame(function () {
          pending = false;
          if (opener) place(opener);
        });
      }
    }
    addEventListener('scroll', placeLater, { passive: true });
    addEventListener('resize', placeLater);
    // A press outside the card closes it (light dismiss) before the click:
    // a press on the sentence whose card was open means "close", not "open again".
    text.addEventListener('pointerdown', function (event) {
      var unit = unitAt(event.target);
      pressed = unit && unit === opener && card.matches(':popover-open') ? unit : null;
    });
    text.addEventListener('click', function (event) {
      var unit = on && unitAt(event.target);
      var wasOpen = pressed === unit || (opener === unit && card.matches(':popover-open'));
      pressed = null;
      if (!unit || event.target.closest('a')) return;
      if (wasOpen) {
        if (card.matches(':popover-open')) card.hidePopover();
        return;
      }
      // A click with no pointer (detail 0) is a screen reader's Enter: the card takes the focus.
      open(unit, event.detail === 0);
    });
    text.addEventListener('keydown', function (event) {
      if (!on || event.key !== 'Enter') return;
      var at = event.target;
      // A block's Enter opens its first sentence, or the block shown whole.
      var unit = at.matches('[data-units] > [id^="p-"]') ? at.querySelector('span[id^="p-"]') || at : unitAt(at);
      if (!unit || (unit !== at && at.tagName === 'A')) return;
      event.preventDefault();
      if (unit !== at) unit.focus();
      open(unit, true);
    });
  }
})();
