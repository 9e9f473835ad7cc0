// On every page. The language switch remembers the reader's choice in the
// cookie it carries (lib/i18n/locale-cookie.ts), which `/` reads: the server
// sets it too, but not when a shared cache answers the page switched to.
document.addEventListener('click', function (event) {
  var link = event.target instanceof Element && event.target.closest('a[data-language-switch]');
  if (link) document.cookie = link.getAttribute('data-language-switch');
});
