// Octoseq demo show. Edit me while the show runs: the script reloads when you save.
//
// The background and the ring breathe with the mix's loudness (inputs.mix.energy); four bars at the
// bottom follow the stems; a dot ticks round once per beat (timing.beatPhase).

var energy = inputs.mix.energy;     // a Signal: read it with .value() inside update/draw
var stems = ['Drums', 'Bass', 'Pad', 'Lead'];
var level = 0;                      // 0..1, recomputed every frame

function update(dt, frame) {
  // frame.energy is the same value as energy.value(), already a number
  level = Math.min(1, frame.energy * 2.5);
}

function draw(g) {
  var w = g.width, h = g.height;
  g.background(level * 230, level * 120, 40 + level * 60);

  // the ring: its size follows the energy
  g.noFill();
  g.stroke(255);
  g.strokeWeight(4 + level * 10);
  var r = 40 + level * h * 0.7;
  g.ellipse(w / 2, h / 2 - 20, r, r);

  // one dot per beat going round the ring
  var a = timing.beatPhase.value() * Math.PI * 2 - Math.PI / 2;
  g.noStroke();
  g.fill(255);
  g.ellipse(w / 2 + Math.cos(a) * r / 2, h / 2 - 20 + Math.sin(a) * r / 2, 12, 12);

  // stem meters
  for (var i = 0; i < stems.length; i++) {
    var stem = inputs.stems[stems[i]];
    var v = stem ? Math.min(1, stem.energy.value() * 4) : 0;
    g.fill(30 + i * 50, 200, 255 - i * 50);
    g.rect(20 + i * (w - 40) / 4, h - 14, ((w - 40) / 4 - 10) * v, 8);
  }
}
