// rewritten by SketchLiveIT while the sketch runs
function draw(g) {
  g.noStroke();
  g.fill(255, 0, 0);
  g.rect(40, 30, 80, 40);
}
