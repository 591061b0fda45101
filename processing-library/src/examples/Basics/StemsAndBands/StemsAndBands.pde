/**
 * StemsAndBands: one meter per stem (drums, bass, pad, lead in the demo show) and per frequency band.
 *
 * Stems and bands come from the show's project.json and its stems/ folder; drop another audio file into
 * stems/ and a new meter appears without restarting the sketch.
 */
import octoseq.processing.*;

Octoseq octo;

void setup() {
  size(640, 360);
  octo = new Octoseq(this, Octoseq.demoShow(this));
  octo.loop(true);
  textSize(14);
}

void draw() {
  background(20);
  String[] stems = octo.inputs().stems();
  float rowHeight = (height - 40) / max(1, stems.length + 1);
  meter("Mix", octo.inputs().mix(), 20, rowHeight);
  for (int i = 0; i < stems.length; i++) {
    meter(stems[i], octo.inputs().stem(stems[i]), 20 + (i + 1) * rowHeight, rowHeight);
  }
  // bands of the mix, if project.json defines any ("bands": [{"id", "label", "lowHz", "highHz"}])
  String[] bands = octo.inputs().mix().bands();
  for (int i = 0; i < bands.length; i++) {
    Source band = octo.inputs().mix().band(bands[i]);
    fill(255, 200, 0);
    rect(width - 30 - i * 24, height - 20, 16, -band.energy() * (height - 40) * 3);
  }
}

void meter(String label, Source source, float y, float h) {
  float level = constrain(source.energy() * 4, 0, 1);
  noStroke();
  fill(60);
  rect(120, y + 4, width - 260, h - 8);
  fill(80, 200, 255);
  rect(120, y + 4, (width - 260) * level, h - 8);
  fill(255);
  text(label, 20, y + h / 2 + 5);
}
