/**
 * ScriptedSketch: the sketch draws the background, an Octoseq JavaScript show script (data/show.js) draws on
 * top. Edit show.js while the sketch runs and save: the script reloads; if the new version has an error the
 * old one keeps running and the console says where the error is.
 *
 * In the script, g is this sketch's graphics; inputs and timing are the Octoseq namespace (see the scripting
 * reference, docs/scripting.md).
 */
import octoseq.processing.*;

Octoseq octo;

void setup() {
  size(640, 360);
  octo = new Octoseq(this, Octoseq.demoShow(this));
  octo.loop(true);
  octo.script("show.js");
}

void draw() {
  // the sketch's part: a slow gradient; the script draws its rings over it
  float phase = octo.timing().beatPhase();
  background(20 + 30 * (1 - phase), 20, 40);
}

void keyPressed() {
  if (key == 'r') octo.reloadScript();
  if (key == ' ') octo.togglePause();
}
