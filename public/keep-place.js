// Keeps the links marked data-keep-place (language switch, single/parallel
// view) pointing at the passage being read, so that following them lands on
// the same passage. Block ids (p-1, p-2, …) are the same in every language.
(function () {
  // React hoists async scripts into <head>, so this one can run before the
  // body is parsed (whenever it arrives first: cached, or on a slow line).
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();

  function start() {
    var blocks = document.querySelectorAll('[id^="p-"]');
    var links = document.querySelectorAll('a[data-keep-place]');
    if (!blocks.length || !links.length) return;
    var header = document.querySelector('header');
    var pending = false;
    function update() {
      pending = false;
      // The passage being read: the first one still showing below the sticky
      // header, provided it starts in the upper half (else: the page top).
      var top = (header ? header.getBoundingClientRect().bottom : 0) + innerHeight * 0.05;
      var current = null;
      for (var i = 0; i < blocks.length; i++) {
        var box = blocks[i].getBoundingClientRect();
        if (box.bottom > top) {
          if (box.top < innerHeight * 0.5) current = blocks[i];
          break;
        }
      }
      for (var j = 0; j < links.length; j++) {
        var base = links[j].getAttribute('href').split('#')[0];
        links[j].setAttribute('href', current ? base + '#' + current.id : base);
      }
    }
    addEventListener('scroll', function () {
      if (!pending) {
        pending = true;
        requestAnimationFrame(update);
      }
    }, { passive: true });
    update();
  }
})();
