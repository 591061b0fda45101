// Drawn on top of the sketch every frame. Save this file while the sketch runs to reload it.
var energy = inputs.mix.energy;
var level = 0;

function update(dt, frame) {
  level = Math.min(1, frame.energy * 2.5);
}

function draw(g) {
  g.noFill();
  g.stroke(255, 200, 80);
  g.strokeWeight(3 + level * 8);
  var r = 40 + level * g.height * 0.8;
  g.ellipse(g.width / 2, g.height / 2, r, r);
  var stems = Object.keys(inputs.stems);
  for (var i = 0; i < stems.length; i += 2) {
    var v = Math.min(1, inputs.stems[stems[i]].energy.value() * 4);
    g.noStroke();
    g.fill(80, 200, 255);
    g.rect(20 + (i / 2) * 60, g.height - 20, 40, -v * 80);
  }
}
