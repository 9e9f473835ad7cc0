// "Listen" (components/Listen.tsx): a piece read aloud by the browser's
// speech synthesis, one utterance a sentence, in a voice of the sentence's
// language, the sentence being read highlighted and kept in view.
// - The sentences are the alignment's (the spans `p-3.2` of
//   lib/views/sentences.ts) where a block has them; elsewhere (a title, a lead
//   line, a heading, a paragraph left whole, a piece in one language) the
//   text is cut by the build's own segmenter, lib/align/sentences.ts, bundled
//   in: the same cuts as the alignment's, nothing added to the HTML.
// - Title, lead lines, then the body; from the sentence the reader is at,
//   else from the title (startAt, below).
// - "Continue in the other language": side by side, the other column; on the
//   one-language page, the other version's page, fetched as the sentence card
//   does, read from the counterpart of the current sentence, which stays
//   highlighted on this page while its counterpart is said.
// Pause cancels the sentence and resume says it again from its start:
// speechSynthesis.pause() does nothing on Android, and a sentence is short.
// The button stays invisible, and no tab stop, where the browser has no voice
// for the text's language; voices may come late (voiceschanged).
import { sentences } from '../lib/align/sentences';

(function () {
  var button = document.querySelector('button[data-listen]');
  var synth = window.speechSynthesis;
  // Without Intl.Segmenter (Firefox before 125) the text cannot be cut into sentences.
  if (!button || !synth || typeof SpeechSynthesisUtterance !== 'function' || typeof Intl.Segmenter !== 'function') return;
  var player = document.getElementById('listen-player');
  var status = document.querySelector('[data-listen-status]');
  var play = player.querySelector('[data-play]');
  var speed = player.querySelector('[data-rate]');
  var switcher = player.querySelector('[data-switch]');
  var now = player.querySelector('[data-now]');
  var note = player.querySelector('[data-note]');
  var lang = button.getAttribute('data-lang');
  var otherLang = button.getAttribute('data-other');
  var from = button.getAttribute('data-from');
  var side = !!document.querySelector('[data-pair]');
  var there = switcher && switcher.textContent;
  var memory = 'listen-rate';

  var here = unitsOf(document, 0); // this page's sentences (side by side, the reader's column)
  var units = here; // what is being read
  var at = 0;
  var away = false; // reading the other language
  var state = 'stopped'; // playing, paused or stopped
  var turn = 0; // each utterance's number: the events of one cancelled since are dropped
  var fetched = null; // the other version's sentences, once asked for
  var lit = null;
  var rate = 1;
  try {
    rate = Number(localStorage.getItem(memory)) || 1;
  } catch {
    // Private browsing: the default speed.
  }
  if (speed.querySelector('option[value="' + rate + '"]')) speed.value = String(rate);
  else rate = 1;

  // A voice of `language` ("fr"): the browser's default first, then one on the device.
  function voiceFor(language) {
    var best = null;
    var score = -1;
    synth.getVoices().forEach(function (voice) {
      var code = String(voice.lang).toLowerCase().replace('_', '-');
      var mark = (voice.default ? 2 : 0) + (voice.localService ? 1 : 0);
      if ((code === language || code.indexOf(language + '-') === 0) && mark > score) {
        best = voice;
        score = mark;
      }
    });
    return best;
  }
  function offer() {
    var can = !!voiceFor(lang) && here.length > 0;
    button.classList.toggle('invisible', !can);
    if (switcher) switcher.hidden = !voiceFor(otherLang);
    if (!can && state !== 'stopped') stop();
  }
  offer();
  synth.addEventListener('voiceschanged', offer);

  // The blocks read, in order, each split into the elements whose text is said as a whole or cut.
  function blocksOf(doc, column) {
    if (side) {
      return Array.prototype.map.call(doc.querySelectorAll('[data-pair]'), function (row) {
        // A column's cell: its passage, not its language label or its notes.
        var cell = row.children[column];
        return cell ? cell.querySelector(':scope > div') : null;
      });
    }
    var article = doc.querySelector('article');
    var body = article && article.querySelector(':scope > .article-text');
    if (!body) return [];
    return [article.querySelector('h1')].concat(Array.prototype.slice.call(article.querySelectorAll('header > ul > li')), Array.prototype.slice.call(body.children));
  }
  // Containers go down to their paragraphs or items; a passage with text of its own is one.
  function parts(node, out) {
    var own = Array.prototype.some.call(node.childNodes, function (child) {
      return child.nodeType === 3 && child.nodeValue.trim();
    });
    if (!own && node.children.length && /^(DIV|UL|OL|BLOCKQUOTE)$/.test(node.tagName)) {
      Array.prototype.forEach.call(node.children, function (child) {
        parts(child, out);
      });
    } else out.push(node);
    return out;
  }
  function languageOf(node) {
    var holder = node.closest('[lang]');
    return (holder ? holder.getAttribute('lang') : lang).split('-')[0].toLowerCase();
  }
  // Spaces as they are written: a no-break space tells the voice that "5 800" is one number.
  function clean(text) {
    return text.replace(/[ \t\r\n]+/g, ' ').trim();
  }
  // What is said, in order: { el, range?, text, lang, b (block), n (order in the block), s (key of an aligned sentence) }.
  function unitsOf(doc, column) {
    var list = [];
    blocksOf(doc, column).forEach(function (block, b) {
      if (!block) return;
      var n = 0;
      function add(unit) {
        unit.b = b;
        unit.n = n++;
        unit.lang = languageOf(unit.el);
        if (unit.text) list.push(unit);
      }
      parts(block, []).forEach(function (el) {
        var spans = el.querySelectorAll('span[id^="p-"], span[data-s]');
        if (spans.length) {
          spans.forEach(function (span) {
            add({ el: span, s: span.getAttribute('data-s') || span.id, text: clean(span.textContent) });
          });
          return;
        }
        var text = el.textContent;
        var cut = sentences(text, languageOf(el) === 'fr' ? 'fr' : 'en');
        if (cut.length < 2) add({ el: el, text: clean(text) });
        else
          cut.forEach(function (sentence) {
            add({ el: el, range: rangeOf(el, sentence.start, sentence.end), text: clean(sentence.text) });
          });
      });
    });
    return list;
  }
  // The stretch of `el`'s text from `start` to `end`, across its elements (a mention's link).
  function rangeOf(el, start, end) {
    var range = el.ownerDocument.createRange();
    var walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    var seen = 0;
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var length = node.nodeValue.length;
      if (start >= seen && start <= seen + length) range.setStart(node, start - seen);
      if (end >= seen && end <= seen + length) {
        range.setEnd(node, end - seen);
        break;
      }
      seen += length;
    }
    return range;
  }
  // The index in `list` of `unit`'s counterpart: the same aligned sentence,
  // else the same place in the same block, else the block's start, else what follows.
  function counterpart(unit, list) {
    var found = -1;
    list.some(function (other, i) {
      if (unit.s ? other.s === unit.s : other.b === unit.b && other.n === unit.n) found = i;
      return found >= 0;
    });
    if (found >= 0) return found;
    list.some(function (other, i) {
      if (other.b >= unit.b) found = i;
      return found >= 0;
    });
    return found;
  }

  function say(text) {
    status.textContent = text || '';
  }
  function light(unit) {
    if (lit) lit.el.removeAttribute('data-speaking');
    if (window.CSS && CSS.highlights) CSS.highlights.delete('speaking');
    lit = unit;
    if (!unit) return;
    // A sentence cut here has no element of its own: the Highlight API marks it without touching the text.
    if (unit.range && window.Highlight && CSS.highlights) CSS.highlights.set('speaking', new Highlight(unit.range));
    else unit.el.setAttribute('data-speaking', '');
    var header = document.querySelector('header');
    var top = (header ? header.getBoundingClientRect().bottom : 0) + 8;
    var bottom = (player.hidden ? innerHeight : player.getBoundingClientRect().top) - 8;
    var box = (unit.range || unit.el).getBoundingClientRect();
    if (box.top < top || box.bottom > bottom) scrollBy(0, box.top - top - Math.max(0, (bottom - top - box.height) / 4));
  }
  // The sentence at `at`: lit on this page, or, when it is the other version's, its counterpart lit and it shown in the player.
  function mark() {
    var unit = units[at];
    var elsewhere = away && !side;
    now.hidden = !elsewhere || !unit;
    if (elsewhere && unit) {
      now.textContent = unit.text;
      now.setAttribute('lang', unit.lang);
      var i = counterpart(unit, here);
      light(here[i] || null);
    } else light(unit || null);
    pad();
  }
  function speak() {
    turn++;
    synth.cancel();
    var unit = units[at];
    if (!unit) {
      done();
      return;
    }
    mark();
    var mine = turn;
    var utterance = new SpeechSynthesisUtterance(unit.text);
    var voice = voiceFor(unit.lang);
    utterance.lang = voice ? voice.lang : unit.lang;
    if (voice) utterance.voice = voice;
    utterance.rate = rate;
    utterance.onend = function () {
      if (mine !== turn || state !== 'playing') return;
      at++;
      speak();
    };
    // Cancelling (pause, a step, stop) interrupts the sentence: nothing to do.
    // Any other failure pauses on the sentence, to be tried again.
    utterance.onerror = function (event) {
      if (mine !== turn || event.error === 'interrupted' || event.error === 'canceled') return;
      pause();
    };
    synth.speak(utterance);
  }

  function setState(next, message) {
    state = next;
    play.textContent = play.getAttribute(next === 'playing' ? 'data-pause' : 'data-resume');
    say(message);
  }
  // Where to begin: the sentence the reader is at (focused, lit or last lit by
  // sentences.js, or landed on by a link) while it is on screen; else the title.
  // The button is in the header, so "the first sentence on screen" would
  // mostly be a lead line the reader has not read yet.
  var recent = null;
  document.addEventListener('sentence', function (event) {
    recent = event.detail;
  });
  function startAt() {
    var header = document.querySelector('header');
    var top = header ? header.getBoundingClientRect().bottom : 0;
    var candidates = [document.activeElement, document.querySelector('.sentence-lit'), recent && document.getElementById(recent), document.querySelector(':target')];
    for (var c = 0; c < candidates.length; c++) {
      var node = candidates[c];
      var name = node && (node.getAttribute('data-s') || node.id);
      for (var i = 0; node && i < here.length; i++) {
        var box = here[i].el.getBoundingClientRect();
        if ((here[i].el === node || (name && here[i].s === name)) && (c === 0 || (box.bottom > top && box.top < innerHeight))) return i;
      }
    }
    return 0;
  }
  function start() {
    away = false;
    units = here;
    at = startAt();
    relabel();
    player.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    setState('playing', status.getAttribute('data-playing'));
    speak();
    play.focus();
  }
  function pause() {
    turn++;
    synth.cancel();
    setState('paused', status.getAttribute('data-paused'));
  }
  function resume() {
    setState('playing', status.getAttribute('data-playing'));
    speak();
  }
  function done() {
    at = 0;
    light(null);
    now.hidden = true;
    setState('paused', status.getAttribute('data-done'));
  }
  function stop() {
    var inside = player.contains(document.activeElement);
    turn++;
    synth.cancel();
    light(null);
    player.hidden = true;
    note.hidden = true;
    now.hidden = true;
    away = false;
    units = here;
    button.setAttribute('aria-expanded', 'false');
    document.body.style.paddingBottom = '';
    setState('stopped', status.getAttribute('data-stopped'));
    if (inside) button.focus();
  }
  function step(by) {
    at = Math.max(0, Math.min(units.length - 1, at + by));
    if (state === 'playing') speak();
    else mark();
  }
  // The end of the page can still be scrolled above the player.
  function pad() {
    document.body.style.paddingBottom = player.hidden ? '' : player.offsetHeight + 'px';
  }

  function relabel() {
    if (!switcher) return;
    switcher.textContent = away ? switcher.getAttribute('data-back') : there;
  }
  function other() {
    if (!fetched) {
      fetched = fetch(from, { credentials: 'same-origin' }).then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text().then(function (html) {
          return unitsOf(new DOMParser().parseFromString(html, 'text/html'), 0);
        });
      });
      fetched.catch(function () {
        fetched = null; // asked again next time
      });
    }
    return fetched;
  }
  // Goes on in `list` from the counterpart of the sentence being read.
  function carryOn(list, toOther) {
    var i = counterpart(units[at] || units[0], list);
    away = toOther;
    units = list;
    at = Math.max(0, i);
    relabel();
    note.hidden = true;
    say(switcher.getAttribute(toOther ? 'data-reading-there' : 'data-reading-back'));
    if (state === 'playing') speak();
    else mark();
  }
  function switchLanguage() {
    if (away) carryOn(here, false);
    else if (side) carryOn(unitsOf(document, 1), true);
    else {
      note.textContent = switcher.getAttribute('data-loading');
      note.hidden = false;
      pad();
      other().then(
        function (list) {
          if (state !== 'stopped' && !away) carryOn(list, true);
        },
        function () {
          note.textContent = switcher.getAttribute('data-failed');
          say(note.textContent);
          pad();
        }
      );
    }
  }

  button.addEventListener('click', function () {
    if (state === 'stopped') start();
    else play.focus();
  });
  play.addEventListener('click', function () {
    if (state === 'playing') pause();
    else resume();
  });
  player.querySelector('[data-previous]').addEventListener('click', function () {
    step(-1);
  });
  player.querySelector('[data-next]').addEventListener('click', function () {
    step(1);
  });
  player.querySelector('[data-stop]').addEventListener('click', stop);
  if (switcher) switcher.addEventListener('click', switchLanguage);
  // The next sentence is said at the new speed.
  speed.addEventListener('change', function () {
    rate = Number(speed.value) || 1;
    try {
      localStorage.setItem(memory, String(rate));
    } catch {
      // Private browsing: for this page only.
    }
  });
  player.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') stop();
  });
  // Leaving the page silences it; coming back (from the back-forward cache) finds it paused.
  addEventListener('pagehide', function () {
    if (state === 'playing') pause();
  });
})();
