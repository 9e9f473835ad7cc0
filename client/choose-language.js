// `/` on a static host, which cannot redirect by the reader's language: go to
// the remembered language (the cookie the language switch sets), else the
// first of the browser's languages the site has, else French, as the search
// service's redirect does (lib/i18n/negotiate.ts). Without JavaScript the
// page offers both.
(function () {
  var site = ['fr', 'en'];
  var remembered = /(?:^|;\s*)locale=(fr|en)(?:;|$)/.exec(document.cookie);
  var preferred = (navigator.languages || [navigator.language || ''])
    .map(function (tag) { return String(tag).toLowerCase().split('-')[0]; })
    .filter(function (language) { return site.indexOf(language) >= 0; })[0];
  location.replace('/' + (remembered ? remembered[1] : preferred || 'fr'));
})();
