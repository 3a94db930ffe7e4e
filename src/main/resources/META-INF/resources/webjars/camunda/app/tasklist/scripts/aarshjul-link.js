// Puts a link to Årshjul's pages (the wheel, Vision og styring) in the web application's header. Loaded by the
// application's config.js as a custom script: customScripts: ['scripts/aarshjul-link.js'].
(function () {
  function add() {
    var header = document.querySelector('.cam-brand') || document.querySelector('header .navbar-header') || document.querySelector('header');
    if (!header || document.getElementById('aarshjul-link')) {
      return !!header;
    }
    var links = document.createElement('span');
    links.id = 'aarshjul-link';
    links.style.marginLeft = '1.5em';
    [['/aarshjul/', 'Årshjulet'], ['/aarshjul/vision.html', 'Vision og styring']].forEach(function (page) {
      var a = document.createElement('a');
      a.href = page[0];
      a.textContent = page[1];
      a.style.marginRight = '1em';
      a.style.fontWeight = '600';
      links.appendChild(a);
    });
    header.parentNode.insertBefore(links, header.nextSibling);
    return true;
  }
  if (!add()) {
    var observer = new MutationObserver(function () {
      if (add()) {
        observer.disconnect();
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
})();
