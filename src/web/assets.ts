/** The app's stylesheet: readable on a phone at 360 px, visible focus, AA contrast. */
export const APP_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;line-height:1.5;color:#1b1f24;background:#f6f7f9}
body{margin:0}
a{color:#0b5cad}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible,select:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:2}
header{background:#12355b;color:#fff;padding:8px 16px;display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center}
header .brand{font-weight:700;color:#fff;text-decoration:none}
header nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:4px 12px;margin:0;padding:0}
header nav a{color:#fff}
header form{margin-left:auto}
main{max-width:52rem;margin:0 auto;padding:16px}
h1{font-size:1.5rem;margin:.5rem 0 1rem}
h2{font-size:1.2rem}
label{display:block;font-weight:600;margin:.75rem 0 .25rem}
input[type=text],input[type=email],input[type=password],input[type=number],input[type=date],textarea,select{width:100%;max-width:100%;font:inherit;padding:.5rem;border:1px solid #6b7280;border-radius:4px;background:#fff;color:inherit}
textarea{min-height:12rem}
textarea.short{min-height:5rem}
button,.button{font:inherit;padding:.5rem 1rem;border-radius:4px;border:1px solid #12355b;background:#12355b;color:#fff;cursor:pointer;margin:.75rem .5rem 0 0}
button.secondary{background:#fff;color:#12355b}
header button{margin:0;background:#fff;color:#12355b}
.error{color:#a4161a;font-weight:600;margin:.25rem 0}
.notice{background:#e7f1fb;border-left:4px solid #0b5cad;padding:.5rem 1rem}
.card{background:#fff;border:1px solid #d0d5dd;border-radius:6px;padding:1rem;margin:0 0 1rem}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem;border-bottom:1px solid #d0d5dd;vertical-align:top}
.muted{color:#4b5563}
.break{overflow-wrap:anywhere}
fieldset{border:1px solid #d0d5dd;border-radius:4px;margin:.75rem 0}
.radio label{display:inline;font-weight:400;margin-right:1rem}
pre.text{white-space:pre-wrap;font:inherit;background:#fff;border:1px solid #d0d5dd;padding:.75rem;border-radius:4px}
@media (max-width:480px){main{padding:12px}table,thead,tbody,tr,th,td{display:block}th{display:none}td{border:0;padding:.2rem 0}tr{border-bottom:1px solid #d0d5dd;padding:.5rem 0}}
`;

/**
 * Draft autosave and the unsaved-changes warning: a form marked data-autosave posts its text to its
 * data-autosave URL (with the CSRF token) a few seconds after typing stops; leaving with unsaved text asks first.
 * A form marked data-autosubmit (handing the browser back to an LMS) posts itself at once; one marked
 * data-lti-storage keeps or fetches a launch's browser binding in the LMS's storage frame (LTI
 * client-side postMessages) before it is sent.
 */
export const AUTOSAVE_JS = `
(function(){
  document.querySelectorAll('form[data-autosave]').forEach(function(form){
    var status = form.querySelector('[data-autosave-status]');
    var dirty = false, timer = null, submitting = false;
    function save(){
      var body = new URLSearchParams(new FormData(form));
      fetch(form.getAttribute('data-autosave'), { method: 'POST', body: body, credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function(r){ if (r.ok) { dirty = false; if (status) status.textContent = status.getAttribute('data-saved'); } });
    }
    form.addEventListener('input', function(){ dirty = true; clearTimeout(timer); timer = setTimeout(save, 3000); });
    form.addEventListener('submit', function(){ submitting = true; });
    window.addEventListener('beforeunload', function(event){ if (dirty && !submitting) { event.preventDefault(); event.returnValue = ''; } });
  });
  document.querySelectorAll('form[data-autosubmit]').forEach(function(form){ form.submit(); });
  document.querySelectorAll('form[data-lti-storage]').forEach(function(form){
    var mode = form.getAttribute('data-lti-storage'), target = form.getAttribute('data-lti-storage-target');
    var origin = form.getAttribute('data-lti-storage-origin'), key = form.getAttribute('data-lti-storage-key');
    var frame = target === '_parent' ? window.parent : window.parent.frames[target];
    var id = Math.random().toString(36).slice(2), sent = false;
    function send(){ if (!sent) { sent = true; form.submit(); } }
    window.addEventListener('message', function(event){
      var data = event.data || {};
      if (event.origin !== origin || data.message_id !== id || data.subject !== 'lti.' + mode + '_data.response') return;
      if (mode === 'get' && typeof data.value === 'string') form.querySelector('input[name=lti_storage_value]').value = data.value;
      send();
    });
    var message = { subject: 'lti.' + mode + '_data', message_id: id, key: key };
    if (mode === 'put') message.value = form.getAttribute('data-lti-storage-value');
    try { frame.postMessage(message, origin); } catch (error) { send(); }
    setTimeout(send, 3000);
  });
})();
`;
