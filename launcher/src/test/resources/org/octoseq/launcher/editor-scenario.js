// The web editor scenario of issue 9, driven in headless Chromium by playwright-core. It prints one line
// "RESULT <json>" with what it saw; WebEditorIT asserts on it and on the running show.
// usage: node editor-scenario.js URL USER_DATA_DIR CHROMIUM
'use strict';
const { chromium } = require('playwright-core');

const [url, userDataDir, executablePath] = process.argv.slice(2);
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

async function main() {
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath, headless: true, args: FLAGS });
  const result = { console: [] };
  try {
    const page = context.pages()[0] || await context.newPage();
    page.on('console', m => result.console.push(m.type() + ': ' + m.text()));
    page.on('pageerror', e => result.console.push('pageerror: ' + e.message));
    await page.goto(url);
    await page.waitForFunction(() => window.octoseqEditor && window.octoseqEditor.ready
      && window.octoseqEditor.state.typingsKey !== null && window.octoseqEditor.state.saved !== null, null,
      { timeout: 60000 });
    const original = await page.evaluate(() => window.octoseqEditor.state.editor.getValue());

    // completion: type a path at the end of the script and read the suggest widget
    async function completions(text) {
      await page.evaluate(src => {
        const ed = window.octoseqEditor.state.editor;
        ed.setValue(src + '\n');
        const last = ed.getModel().getLineCount();
        ed.setPosition({ lineNumber: last, column: 1 });
        ed.focus();
      }, original);
      await page.keyboard.type(text, { delay: 30 });
      const rows = '.suggest-widget.visible .monaco-list-row';
      let labels = [];
      for (let attempt = 0; attempt < 3 && labels.length === 0; attempt++) {
        try {
          await page.waitForSelector(rows, { timeout: 20000 });
          await page.waitForTimeout(300);
          labels = await page.$$eval(rows + ' .label-name', els => els.map(e => e.textContent.trim()));
        } catch (e) {
          await page.keyboard.press('Control+Space');
        }
      }
      const line = await page.evaluate(() => {
        const ed = window.octoseqEditor.state.editor;
        return ed.getModel().getLineContent(ed.getPosition().lineNumber);
      });
      await page.keyboard.press('Escape');
      return { typed: line, labels };
    }
    result.top = await completions('tim');
    result.timing = await completions('timing.');
    result.inputs = await completions('inputs.');
    result.mix = await completions('inputs.mix.');
    result.drums = await completions('inputs.stems["Drums"].');

    // hover: the description of timing.bpm from the live typings, in Monaco's hover widget
    await page.evaluate(src => {
      const ed = window.octoseqEditor.state.editor;
      ed.setValue(src + '\nvar tempo = timing.bpm;\n');
      const line = ed.getModel().getLineCount() - 1;
      ed.setPosition({ lineNumber: line, column: 'var tempo = timing.b'.length + 1 });
      ed.focus();
      ed.trigger('scenario', 'editor.action.showHover', {});
    }, original);
    const hover = '.monaco-hover:not(.hidden) .monaco-hover-content';
    result.hover = '';
    // wait for the description itself: while the TypeScript worker works, the widget shows a loading text
    for (let attempt = 0; attempt < 3 && !/beats per minute/.test(result.hover); attempt++) {
      try {
        await page.waitForFunction(sel => {
          const e = document.querySelector(sel);
          return e && /beats per minute/.test(e.textContent);
        }, hover, { timeout: 20000 });
      } catch (e) {
        await page.evaluate(() => window.octoseqEditor.state.editor.trigger('scenario', 'editor.action.showHover', {}));
      }
      result.hover = await page.$eval(hover, e => e.textContent).catch(() => '');
    }
    await page.keyboard.press('Escape');

    // a syntax error on a new last line: the host marks that line
    const broken = await page.evaluate(src => {
      const ed = window.octoseqEditor.state.editor;
      ed.setValue(src + '\n');
      const last = ed.getModel().getLineCount();
      ed.setPosition({ lineNumber: last, column: 1 });
      ed.focus();
      return last;
    }, original);
    await page.keyboard.type('var broken = ;', { delay: 20 });
    await page.waitForFunction(line => monaco.editor.getModelMarkers({ owner: 'octoseq' })
      .some(m => m.severity === monaco.MarkerSeverity.Error && m.startLineNumber === line), broken, { timeout: 30000 });
    result.brokenLine = broken;
    result.markers = await page.evaluate(() => monaco.editor.getModelMarkers({ owner: 'octoseq' })
      .map(m => ({ line: m.startLineNumber, severity: m.severity === monaco.MarkerSeverity.Error ? 'error' : 'other',
        message: m.message })));

    // fix it, save with Ctrl+S: the running show reloads
    result.versionBefore = await page.evaluate(() => window.octoseqEditor.running.version);
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.type("log.info('saved from the editor');", { delay: 10 });
    await page.keyboard.press('Control+s');
    await page.waitForFunction(v => window.octoseqEditor.running && window.octoseqEditor.running.version > v
      && window.octoseqEditor.running.healthy, result.versionBefore, { timeout: 30000 });
    result.versionAfter = await page.evaluate(() => window.octoseqEditor.running.version);
    result.status = await page.textContent('#status');
    result.markersAfterSave = await page.evaluate(() => monaco.editor.getModelMarkers({ owner: 'octoseq' })
      .filter(m => m.severity === monaco.MarkerSeverity.Error).length);
  } catch (e) {
    result.error = String(e && e.stack || e);
  } finally {
    await context.close();
  }
  console.log('RESULT ' + JSON.stringify(result));
}

main().catch(e => { console.log('RESULT ' + JSON.stringify({ error: String(e && e.stack || e) })); process.exit(1); });
