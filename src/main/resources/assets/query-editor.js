// Archive LOD, the query page: turns the form's text area into a SPARQL editor (CodeMirror 5, served from the jar)
// with highlighting, bracket matching and completion of the prefixes the site knows. Without this script (or with
// it failing) the page is the same working form. Tab and Shift-Tab still move the focus; Ctrl-Space completes;
// Ctrl-Enter runs the query.
(function () {
  'use strict';
  var area = document.getElementById('query-text');
  if (!area || !window.CodeMirror) return;
  var known = {};
  try {
    known = JSON.parse(area.getAttribute('data-prefixes') || '{}');
  } catch (e) {
    known = {};
  }
  var names = Object.keys(known).sort();

  function declared(cm) {
    var found = {};
    var re = /PREFIX\s+([A-Za-z][\w.-]*)?:/gi;
    var m;
    while ((m = re.exec(cm.getValue())) !== null) found[(m[1] || '').toLowerCase()] = true;
    return found;
  }

  // the word before the cursor, and whether it is the name of a PREFIX declaration being written
  function wordAt(cm) {
    var cur = cm.getCursor();
    var line = cm.getLine(cur.line);
    var start = cur.ch;
    while (start > 0 && /[\w-]/.test(line.charAt(start - 1))) start--;
    return {
      line: cur.line, start: start, end: cur.ch, word: line.slice(start, cur.ch),
      before: line.charAt(start - 1), declaring: /^\s*PREFIX\s+$/i.test(line.slice(0, start))
    };
  }

  function declaration(name) {
    return 'PREFIX ' + name + ': <' + known[name] + '>';
  }

  function prefixHint(cm) {
    var at = wordAt(cm);
    var word = at.word.toLowerCase();
    var list = names.filter(function (n) { return n.indexOf(word) === 0; }).map(function (n) {
      if (at.declaring) return { text: n + ': <' + known[n] + '>', displayText: n + ': <' + known[n] + '>' };
      return {
        text: n + ':', displayText: n + ':  ' + known[n],
        hint: function (editor, data, completion) {
          editor.replaceRange(completion.text, data.from, data.to);
          if (!declared(editor)[n]) editor.replaceRange(declaration(n) + '\n', CodeMirror.Pos(0, 0));
        }
      };
    });
    return { list: list, from: CodeMirror.Pos(at.line, at.start), to: CodeMirror.Pos(at.line, at.end) };
  }

  var label = document.querySelector('label[for="query-text"]');
  var editor = CodeMirror.fromTextArea(area, {
    mode: 'application/sparql-query',
    lineNumbers: true,
    matchBrackets: true,
    indentUnit: 2,
    viewportMargin: Infinity,
    screenReaderLabel: label ? label.textContent : 'SPARQL query',
    hintOptions: { hint: prefixHint, completeSingle: false },
    extraKeys: {
      'Ctrl-Space': 'autocomplete',
      'Ctrl-Enter': function (cm) { cm.save(); area.form.submit(); },
      Tab: false,
      'Shift-Tab': false
    }
  });
  editor.on('inputRead', function (cm, change) {
    if (cm.state.completionActive || change.origin !== '+input') return;
    var at = wordAt(cm);
    // a word that starts a known prefix, not a variable (?doc), a local name (crm:E21) or inside an IRI or string
    if (at.word.length < 2 || /[?$:<"'#]/.test(at.before)) return;
    var word = at.word.toLowerCase();
    if (names.some(function (n) { return n.indexOf(word) === 0 && n !== word; })) cm.showHint();
  });
  document.documentElement.classList.add('query-editor-ready');
}());
