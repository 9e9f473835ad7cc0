// On the search page, with JavaScript: results follow the words as they are
// typed. The page is fetched as the form would submit it and its results swapped
// in, so there is one way of searching, on the server, with or without scripts.
(function () {
  // Inline after what it works on (components/OwnScript.tsx): that is parsed.
  start();

  function start() {
    var form = document.querySelector('form[data-live-search]');
    var status = document.querySelector('[data-search-status]');
    var results = document.querySelector('[data-search-results]');
    if (!form || !status || !results) return;
    var input = form.querySelector('input[name="q"]');
    var timer = 0;
    var latest = 0;
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var url = form.action + '?' + new URLSearchParams({ q: input.value });
        var ticket = ++latest;
        fetch(url, { headers: { Accept: 'text/html' } })
          .then(function (response) { return response.text(); })
          .then(function (html) {
            if (ticket !== latest) return;
            var page = new DOMParser().parseFromString(html, 'text/html');
            var next = page.querySelector('[data-search-results]');
            var nextStatus = page.querySelector('[data-search-status]');
            if (!next || !nextStatus) return;
            results.replaceWith(next);
            results = next;
            // The live region stays in place so that screen readers announce the new count.
            status.textContent = nextStatus.textContent;
            var nextSwitch = page.querySelector('a[data-language-switch]');
            var languageSwitch = document.querySelector('a[data-language-switch]');
            if (nextSwitch && languageSwitch) languageSwitch.setAttribute('href', nextSwitch.getAttribute('href'));
            history.replaceState(null, '', url);
            document.title = page.title;
          })
          .catch(function () {});
      }, 200);
    });
  }
})();
