// On every page. The language switch remembers the reader's choice in the
// cookie it carries (lib/i18n/locale-cookie.ts), which `/` reads: pages are
// files, and no server sees the choice being made.
document.addEventListener('click', function (event) {
  var link = event.target instanceof Element && event.target.closest('a[data-language-switch]');
  if (link) document.cookie = link.getAttribute('data-language-switch');
});

// The service worker (client/service-worker/) keeps the saved pieces and the
// pages read lately for reading offline. Registered once the page has
// loaded, so that it takes nothing from the page's own first load.
(function () {
  var worker = document.currentScript && document.currentScript.getAttribute('data-service-worker');
  if (!worker || !('serviceWorker' in navigator)) return;
  addEventListener('load', function () {
    navigator.serviceWorker.register(worker).catch(function () {});
  });
})();
