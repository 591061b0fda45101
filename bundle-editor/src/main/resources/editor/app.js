// The Octoseq web script editor: Monaco editing the running show's script. Completion and hover come from
// TypeScript declarations generated from the live API model (refreshed when the namespace changes); markers
// come from the script host (drafts are checked by it while typing; after saving, the running show's own
// diagnostics); saving writes the file, and the show hot-reloads it.
(function () {
  'use strict';
  var token = new URLSearchParams(location.search).get('token') || '';
  var OWNER = 'octoseq';
  var state = {editor: null, saved: null, typingsKey: null, lib: null, checkTimer: null, checkSeq: 0,
    lastVersion: null, draftMarkers: []};
  window.octoseqEditor = {ready: false, state: state};

  function api(method, path, body) {
    return fetch('api/' + path, {method: method, headers: {'X-Octoseq-Token': token}, body: body})
      .then(function (r) {
        if (!r.ok) { return r.text().then(function (t) { throw new Error(r.status + ' ' + t); }); }
        return r.status === 204 ? null : (path === 'typings' ? r.text() : r.json());
      });
  }

  function setStatus(text, kind) {
    var s = document.getElementById('status');
    s.textContent = text;
    s.className = kind || '';
  }

  function severity(s) {
    var M = monaco.MarkerSeverity;
    return s === 'error' ? M.Error : s === 'warning' ? M.Warning : M.Info;
  }

  function markers(diagnostics) {
    var model = state.editor.getModel();
    return diagnostics.filter(function (d) { return d.line > 0 && d.line <= model.getLineCount(); })
      .map(function (d) {
        var col = Math.max(1, d.column);
        var end = model.getLineMaxColumn(d.line);
        return {severity: severity(d.severity), message: d.message + (d.count > 1 ? ' (x' + d.count + ')' : ''),
          startLineNumber: d.line, startColumn: col, endLineNumber: d.line, endColumn: Math.max(col + 1, end),
          source: 'octoseq ' + d.phase};
      });
  }

  function showProblems(diagnostics, guardrails) {
    var box = document.getElementById('problems');
    box.textContent = '';
    diagnostics.filter(function (d) { return d.severity !== 'info'; }).forEach(function (d) {
      var line = document.createElement('div');
      line.className = d.severity;
      line.textContent = (d.line > 0 ? 'line ' + d.line + ': ' : '') + d.severity + ' [' + d.phase + ']: ' + d.message;
      box.appendChild(line);
    });
    var g = document.getElementById('guardrails');
    g.textContent = '';
    (guardrails || []).forEach(function (text) {
      var line = document.createElement('div');
      line.className = 'warning';
      line.textContent = 'guardrail: ' + text;
      g.appendChild(line);
    });
  }

  function dirty() {
    return state.saved !== null && state.editor.getValue() !== state.saved;
  }

  // ---- typings: the live model as TypeScript declarations, for completion and hover ----------------------
  function refreshTypings(key) {
    if (key === state.typingsKey) { return Promise.resolve(); }
    return api('GET', 'typings').then(function (dts) {
      if (state.lib) { state.lib.dispose(); }
      state.lib = monaco.languages.typescript.javascriptDefaults.addExtraLib(dts, 'file:///octoseq.d.ts');
      state.typingsKey = key;
    });
  }

  // ---- the running show ------------------------------------------------------------------------------------
  function poll() {
    return api('GET', 'state').then(function (s) {
      if (!s.running) {
        document.getElementById('file').textContent = 'no show script running';
        return refreshTypings('none');
      }
      var script = s.script;
      document.getElementById('file').textContent = script.file;
      if (state.saved === null) {
        state.saved = script.source;
        state.editor.setValue(script.source);
      }
      var key = script.namespaceVersion + '/' + script.version;
      return refreshTypings(key).then(function () {
        if (!dirty()) {
          monaco.editor.setModelMarkers(state.editor.getModel(), OWNER, markers(script.diagnostics));
          showProblems(script.diagnostics, script.guardrails);
        }
        var running = script.version > 0 ? 'version ' + script.version + ' running' : 'not running';
        var health = script.healthy ? '' : ' (faulted: see problems)';
        if (state.lastVersion !== null && script.version !== state.lastVersion) {
          running += ' (reloaded)';
        }
        state.lastVersion = script.version;
        setStatus((dirty() ? 'unsaved - ' : '') + running + health + ' - namespace v' + script.namespaceVersion
          + ' - ' + script.frames + ' frames', dirty() ? 'dirty' : script.healthy ? '' : 'error');
        window.octoseqEditor.running = {version: script.version, healthy: script.healthy, frames: script.frames};
      });
    }).catch(function (e) { setStatus('cannot reach the show: ' + e.message, 'error'); });
  }

  // ---- drafts: checked by the host while typing ----------------------------------------------------------
  function scheduleCheck() {
    clearTimeout(state.checkTimer);
    state.checkTimer = setTimeout(function () {
      var seq = ++state.checkSeq;
      var text = state.editor.getValue();
      api('POST', 'check', text).then(function (diagnostics) {
        if (seq !== state.checkSeq || state.editor.getValue() !== text) { return; }
        monaco.editor.setModelMarkers(state.editor.getModel(), OWNER, markers(diagnostics));
        showProblems(diagnostics, []);
        window.octoseqEditor.checked = (window.octoseqEditor.checked || 0) + 1;
      }).catch(function (e) { setStatus('check failed: ' + e.message, 'error'); });
    }, 400);
  }

  function save() {
    var text = state.editor.getValue();
    return api('PUT', 'script', text).then(function () {
      state.saved = text;
      setStatus('saved - the show reloads it', '');
      return poll();
    }).catch(function (e) { setStatus('not saved: ' + e.message, 'error'); });
  }

  // absolute: Monaco's web workers resolve modules against this, and a relative path fails inside a worker
  require.config({paths: {vs: location.origin + '/editor/vs'}});
  require(['vs/editor/editor.main'], function () {
    var ts = monaco.languages.typescript;
    ts.javascriptDefaults.setCompilerOptions({target: ts.ScriptTarget.ES2015, lib: ['es2015'],
      allowNonTsExtensions: true, allowJs: true, checkJs: false});
    // the script host is the judge of errors: its markers, not the TypeScript worker's
    ts.javascriptDefaults.setDiagnosticsOptions({noSemanticValidation: true, noSyntaxValidation: true});
    state.editor = monaco.editor.create(document.getElementById('editor'), {value: '', language: 'javascript',
      theme: 'vs-dark', automaticLayout: true, minimap: {enabled: false}, fixedOverflowWidgets: true,
      wordBasedSuggestions: 'off'});
    state.editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, save);
    state.editor.onDidChangeModelContent(function () {
      if (state.saved !== null) {
        setStatus('unsaved', 'dirty');
        scheduleCheck();
      }
    });
    document.getElementById('save').addEventListener('click', save);
    poll().then(function () {
      window.octoseqEditor.ready = true;
      setInterval(poll, 1000);
    });
  });
})();
