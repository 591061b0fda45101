/**
 * BeatGrid: a dot that goes round once per beat, a flash on every beat, and a grid of the bar's four beats.
 *
 * timing().beatPhase() runs from 0 (on the beat) to 1; isBeat() is true in the frame a new beat starts.
 * Without a detected or authored beat grid the beats follow a virtual 120 BPM grid from 0 s.
 */
import octoseq.processing.*;

Octoseq octo;
float flash;

void setup() {
  size(640, 360);
  octo = new Octoseq(this, Octoseq.demoShow(this));
  octo.loop(true);
}

void draw() {
  if (octo.isBeat()) flash = 1;
  flash *= 0.85;
  background(30 + flash * 120, 20, 60);

  Timing t = octo.timing();
  float a = t.beatPhase() * TWO_PI - HALF_PI;
  noFill();
  stroke(255, 80);
  circle(width / 2, height / 2, 200);
  noStroke();
  fill(255);
  circle(width / 2 + cos(a) * 100, height / 2 + sin(a) * 100, 16);

  int beatInBar = ((t.beatIndex() % 4) + 4) % 4;
  for (int i = 0; i < 4; i++) {
    fill(i == beatInBar ? color(255, 200, 0) : color(80));
    rect(width / 2 - 90 + i * 48, height - 50, 36, 24);
  }
  fill(255);
  text(nf(t.bpm(), 1, 1) + " BPM   beat " + t.beatIndex(), 12, 20);
}
