// What a piece's pages (alone or side by side) do with JavaScript: keep the
// reader's place across the language switch, open the card of a mention, and
// copy the page's link. Without it the
// pages lose none of these: the switch leads to the top of the other page, a
// mention is a plain link, and so is the link to copy.
(function () {
  // Inline after what it works on (components/OwnScript.tsx): that is parsed.
  start();

  function start() {
    keepPlace();
    mentionCards();
    copyLinks();
  }

  // A link marked data-copy-link (its value: "copied", in the page's language)
  // copies its URL instead of opening it, and says so in its live region.
  function copyLinks() {
    if (!navigator.clipboard) return;
    document.querySelectorAll('a[data-copy-link]').forEach(function (link) {
      var said = link.querySelector('[aria-live]') || link;
      var label = said.textContent;
      link.addEventListener('click', function (event) {
        event.preventDefault();
        navigator.clipboard.writeText(link.href).then(
          function () { said.textContent = link.getAttribute('data-copy-link'); },
          function () { said.textContent = label; }
        );
      });
    });
  }

  // Keeps the links marked data-keep-place (language switch, single/parallel
  // view) pointing at the passage being read, so that following them lands on
  // the same passage: the sentence the reader has lit (sentences.js), else
  // the one at the top of the screen. Places are the same in every language:
  // block ids (p-1, p-2, …) and, inside aligned paragraphs, sentence keys (p-2.1, …).
  function keepPlace() {
    var places = Array.prototype.filter.call(document.querySelectorAll('[id^="p-"]'), function (place) {
      return !place.querySelector('[id^="p-"]');
    });
    var links = document.querySelectorAll('a[data-keep-place]');
    if (!places.length || !links.length) return;
    var header = document.querySelector('header');
    var pending = false;
    var chosen = null;
    function update() {
      pending = false;
      // The top of the reading: below the sticky header.
      var top = (header ? header.getBoundingClientRect().bottom : 0) + innerHeight * 0.05;
      var current = null;
      var box = chosen && chosen.getBoundingClientRect();
      if (box && box.bottom > top && box.top < innerHeight) current = chosen;
      // Else the first place still showing below the header, provided it
      // starts in the upper half (else: the page top).
      for (var i = 0; !current && i < places.length; i++) {
        box = places[i].getBoundingClientRect();
        if (box.bottom > top) {
          if (box.top < innerHeight * 0.5) current = places[i];
          break;
        }
      }
      for (var j = 0; j < links.length; j++) {
        var base = links[j].getAttribute('href').split('#')[0];
        links[j].setAttribute('href', current ? base + '#' + current.id : base);
      }
    }
    document.addEventListener('sentence', function (event) {
      chosen = document.getElementById(event.detail);
      update();
    });
    addEventListener('scroll', function () {
      if (!pending) {
        pending = true;
        requestAnimationFrame(update);
      }
    }, { passive: true });
    update();
  }

  // A mention (a[data-mention], a link to its tag's page) opens its card (a
  // popover named by data-mention): on hover with a mouse, on focus from the
  // keyboard, on tap instead of following the link. Escape or a click
  // elsewhere closes it (the Popover API's light dismiss); focus that was in
  // the card goes back to the mention. `interestfor` would do the hovering in
  // Chromium alone, and would show cards with scripts off: it is not used.
  function mentionCards() {
    if (!HTMLElement.prototype.hasOwnProperty('popover')) return;
    var links = document.querySelectorAll('a[data-mention]');
    var cards = [];
    for (var i = 0; i < links.length; i++) {
      var found = cardOf(links[i]);
      if (!found) continue;
      links[i].setAttribute('aria-expanded', 'false');
      links[i].setAttribute('aria-controls', found.id);
      if (cards.indexOf(found) === -1) cards.push(found);
    }
    if (!cards.length) return;

    var open = null; // the card showing: { link, card, by: 'hover' | 'focus' | 'tap' }
    var opener = {}; // card id -> the mention that last opened it
    var showTimer = 0;
    var hideTimer = 0;
    var tap = null; // the mention a finger or pen went down on, and whether its card was open then
    var quiet = false; // focus being handed back to a mention: not a reason to open its card
    var sourceFollowed = false; // whether the browser puts a popover after its source in the tab order
    var pending = false;

    function cardOf(link) {
      return link ? document.getElementById(link.getAttribute('data-mention') || '') : null;
    }
    function mentionAt(node) {
      var link = node && node.closest ? node.closest('a[data-mention]') : null;
      return link && link.hasAttribute('aria-controls') ? link : null;
    }
    function cardAt(node) {
      return node && node.closest ? node.closest('[data-mention-card]') : null;
    }
    function within(node) {
      return !!(open && node && (open.link.contains(node) || open.card.contains(node)));
    }

    function show(link, by) {
      clearTimeout(showTimer);
      clearTimeout(hideTimer);
      var card = cardOf(link);
      if (open && open.card === card && card.matches(':popover-open')) {
        open.link = link;
        if (by !== 'hover') open.by = by;
        return;
      }
      open = { link: link, card: card, by: by };
      opener[card.id] = link;
      try {
        // With a source, the browser puts the card right after the mention in
        // the tab order; the getter says whether it read the option at all.
        card.showPopover({
          get source() {
            sourceFollowed = true;
            return link;
          },
        });
      } catch {
        // Not connected, or already shown by the browser itself: leave it be.
        open = null;
        return;
      }
      link.setAttribute('aria-expanded', 'true');
      place();
    }

    function hide() {
      clearTimeout(showTimer);
      clearTimeout(hideTimer);
      if (open && open.card.matches(':popover-open')) open.card.hidePopover();
      // At once: the toggle event comes a task later, and a key may come first.
      open = null;
    }

    // Below the mention, or above it when there is no room below; on screen while the mention is.
    function place() {
      pending = false;
      if (!open) return;
      var card = open.card;
      var box = open.link.getClientRects()[0] || open.link.getBoundingClientRect();
      var margin = 8;
      var gap = 6;
      var width = document.documentElement.clientWidth;
      var height = innerHeight;
      // On a phone the card takes most of the width: centred, it looks meant.
      var left = width < 2 * card.offsetWidth ? (width - card.offsetWidth) / 2 : Math.max(margin, Math.min(box.left, width - card.offsetWidth - margin));
      var top = box.bottom + gap;
      if (top + card.offsetHeight > height - margin) {
        top = box.top - gap - card.offsetHeight;
        if (top < margin) top = Math.max(margin, height - margin - card.offsetHeight);
      }
      card.style.left = left + 'px';
      card.style.top = top + 'px';
    }
    function placeLater() {
      if (open && !pending) {
        pending = true;
        requestAnimationFrame(place);
      }
    }
    addEventListener('scroll', placeLater, { passive: true });
    addEventListener('resize', placeLater);

    cards.forEach(function (card) {
      var hadFocus = false;
      card.addEventListener('beforetoggle', function (event) {
        if (event.newState === 'closed') hadFocus = card.contains(document.activeElement);
      });
      card.addEventListener('toggle', function (event) {
        if (event.newState !== 'closed') return;
        var controls = document.querySelectorAll('a[aria-controls="' + card.id + '"][aria-expanded="true"]');
        for (var k = 0; k < controls.length; k++) controls[k].setAttribute('aria-expanded', 'false');
        var link = opener[card.id];
        if (open && open.card === card) open = null;
        // Escape from inside the card: the reader goes on from the mention.
        if (link && hadFocus && document.activeElement !== link && (document.activeElement === document.body || card.contains(document.activeElement))) {
          quiet = true;
          link.focus();
          quiet = false;
        }
        hadFocus = false;
      });
    });

    document.addEventListener('pointerover', function (event) {
      if (event.pointerType !== 'mouse') return;
      var link = mentionAt(event.target);
      if (link) {
        clearTimeout(hideTimer);
        if (open && open.link === link) return;
        clearTimeout(showTimer);
        showTimer = setTimeout(function () {
          show(link, 'hover');
        }, open ? 100 : 300);
      } else if (within(event.target)) clearTimeout(hideTimer);
    });

    document.addEventListener('pointerout', function (event) {
      if (event.pointerType !== 'mouse') return;
      var link = mentionAt(event.target);
      if (!link && !cardAt(event.target)) return;
      // Moving between the mention and its card, or inside either, is staying.
      if (within(event.relatedTarget) || (link && mentionAt(event.relatedTarget) === link)) return;
      clearTimeout(showTimer);
      if (open && open.by === 'hover') hideTimer = setTimeout(hide, 300);
    });

    document.addEventListener('focusin', function (event) {
      var link = mentionAt(event.target);
      if (!link) return;
      // Back from its own card (Escape, Shift+Tab): the card has just closed, or is still open.
      if (quiet || cardAt(event.relatedTarget) === cardOf(link)) return;
      if (link.matches(':focus-visible')) show(link, 'focus');
    });

    document.addEventListener('focusout', function (event) {
      if (!open || open.by !== 'focus' || within(event.relatedTarget)) return;
      hide();
    });

    document.addEventListener('pointerdown', function (event) {
      var link = event.pointerType === 'mouse' ? null : mentionAt(event.target);
      tap = link ? { link: link, wasOpen: !!(open && open.link === link && open.card.matches(':popover-open')) } : null;
    }, true);
    document.addEventListener('pointercancel', function () {
      tap = null;
    });

    document.addEventListener('click', function (event) {
      var link = mentionAt(event.target);
      var touched = tap;
      tap = null;
      if (!link || !touched || touched.link !== link) return;
      // A tap opens the card, which has its own link; a second tap closes it.
      event.preventDefault();
      if (touched.wasOpen) hide();
      else {
        show(link, 'tap');
        if (open) open.card.focus({ preventScroll: true });
      }
    });

    document.addEventListener('keydown', function (event) {
      tap = null;
      if (event.key !== 'Tab' || !open || sourceFollowed || !open.card.matches(':popover-open')) return;
      // Where the browser ignored the source: Tab from the mention enters its card,
      // and leaving the card by Tab goes back to the mention.
      var inside = open.card.querySelectorAll('a[href]');
      var first = inside[0];
      var last = inside[inside.length - 1];
      var at = document.activeElement;
      if (at === open.link && !event.shiftKey && first) {
        event.preventDefault();
        first.focus();
      } else if ((at === last && !event.shiftKey) || (at === first && event.shiftKey)) {
        event.preventDefault();
        var link = open.link;
        hide();
        quiet = true;
        link.focus();
        quiet = false;
      }
    });
  }
})();
