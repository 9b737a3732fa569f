// The first screen prepared when the app was built (scripts/first-screen) is the demo's problem list, which the app
// itself draws on a first start at the start address. Only there is it shown until the app's script has loaded;
// anywhere else (a later start: renderer/state/startup.ts sets the key read here; another address) it is removed
// before anything is drawn.
(function () {
  var prepared = document.getElementById('first-screen');
  if (!prepared) return;
  var fresh;
  try {
    var hash = window.location.hash;
    fresh = (hash === '' || hash === '#' || hash === '#/') && window.localStorage.getItem('lastmile.started') === null;
  } catch {
    fresh = false;
  }
  if (fresh) document.documentElement.classList.add('first-screen-on');
  else prepared.remove();
})();
