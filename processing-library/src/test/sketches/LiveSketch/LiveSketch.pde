// A test sketch: the demo show with a script drawing over it, and the namespace read back for the test.
import octoseq.processing.*;

Octoseq octo;

void setup() {
  size(160, 90);
  octo = new Octoseq(this, Octoseq.demoShow(this));
  octo.script("live.js");
}

void draw() {
  background(0);
}

String[] customSignals() {
  return octo.inputs().customSignals();
}

float lfo() {
  return octo.value("inputs.customSignals.LFO");
}

String[] diagnostics() {
  return octo.diagnostics();
}
