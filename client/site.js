// On every page. The language switch remembers the reader's choice in the
// cookie it carries (lib/i18n/locale-cookie.ts), which `/` reads: pages are
// files, and no server sees the choice being made.
document.addEventListener('click', function (event) {
  var link = event.target instanceof Element && event.target.closest('a[data-language-switch]');
  if (link) document.cookie = link.getAttribute('data-language-switch');
});
