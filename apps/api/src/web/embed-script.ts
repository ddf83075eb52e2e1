/**
 * GET /embed.js, for `<script src="https://plenary.example/embed.js" data-event="slug" async></script>` on an
 * organiser's site. Hand-written and tiny (it runs on someone else's page): it puts the embedded timetable
 * in an iframe right after itself, passes the theme (data-accent, data-theme, data-lang, data-view) on as
 * query parameters, and takes the height the timetable posts, from our origin and that frame only.
 */
export const EMBED_SCRIPT = `(function () {
  var script = document.currentScript;
  if (!script || !script.dataset.event) return;
  var origin = new URL(script.src).origin;
  var data = script.dataset;
  var query = new URLSearchParams();
  ['accent', 'theme', 'lang', 'view'].forEach(function (name) {
    if (data[name]) query.set(name, data[name]);
  });
  var frame = document.createElement('iframe');
  frame.src = origin + '/events/' + encodeURIComponent(data.event) + '/embed' + (String(query) ? '?' + query : '');
  frame.title = data.title || data.event;
  frame.style.cssText = 'display:block;width:100%;height:640px;border:0';
  window.addEventListener('message', function (event) {
    var message = event.data;
    if (event.origin !== origin || event.source !== frame.contentWindow || !message || message.type !== 'plenary:embed-height') return;
    frame.style.height = Math.ceil(Number(message.height)) + 'px';
  });
  script.parentNode.insertBefore(frame, script.nextSibling);
})();
`;
