/**
 * BasicEnergy: a circle that breathes with the loudness of the music.
 *
 * The first run writes Octoseq's demo show (a 24-second synthetic track) into this sketch's data folder.
 * To use your own music, make a show folder (project.json + audio/mix.wav) and pass its path instead.
 * Space pauses and plays, left/right seek.
 */
import octoseq.processing.*;

Octoseq octo;

void setup() {
  size(640, 360);
  octo = new Octoseq(this, Octoseq.demoShow(this));
  octo.loop(true);
}

void draw() {
  background(10, 12, 30);
  float energy = octo.value("inputs.mix.energy");   // RMS loudness, 0..1
  float d = 40 + energy * height * 2.5;
  noStroke();
  fill(255, 120 + energy * 400, 60);
  circle(width / 2, height / 2, min(d, height * 0.95));
  fill(255);
  text(nf(octo.timing().time(), 1, 2) + " s   energy " + nf(energy, 1, 3), 12, height - 12);
}

void keyPressed() {
  if (key == ' ') octo.togglePause();
  if (keyCode == LEFT) octo.seek(octo.timing().time() - 5);
  if (keyCode == RIGHT) octo.seek(octo.timing().time() + 5);
}
