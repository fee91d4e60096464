package dev.mockloop.sketch;

import java.util.List;

/** Sketches for tests: one of every element kind, built through the public API. */
final class SampleSketches {

    static final String INK = "#1f2937";

    private SampleSketches() {
    }

    /**
     * A small architecture with every element type and stencil: client, load balancer, two
     * services, cache, database, queue, CDN, object store; a rectangle, rounded box,
     * ellipse, cylinder and text; a stroke; a line and labelled arrows attached to shapes;
     * then a move, an erase, an undo and a restyle, so the timeline holds every op kind.
     */
    static Sketch everything() {
        Sketch sketch = new Sketch();
        long[] clock = {0};
        String[] phase = {"requirements"};
        sketch.setClock(() -> new SketchStamp(clock[0], phase[0]));

        Shape client = sketch.add(Stencil.CLIENT.template(100, 100, INK));
        Shape lb = sketch.add(Stencil.LOAD_BALANCER.template(100, 250, INK));
        clock[0] = 60_000;
        phase[0] = "high-level-design";
        Shape svcA = sketch.add(Stencil.SERVICE.template(0, 400, INK).withLabel("Orders\n(x3)"));
        Shape svcB = sketch.add(Stencil.SERVICE.template(220, 400, INK));
        Shape cache = sketch.add(Stencil.CACHE.template(0, 550, INK));
        Shape db = sketch.add(Stencil.DATABASE.template(220, 560, INK));
        sketch.add(Stencil.QUEUE.template(450, 400, INK));
        sketch.add(Stencil.CDN.template(350, 100, INK));
        sketch.add(Stencil.OBJECT_STORE.template(500, 560, INK));
        sketch.add(Shape.of(ShapeKind.RECTANGLE, Bounds.ofSize(600, 0, 80, 40), Style.DEFAULT));
        sketch.add(Shape.of(ShapeKind.ROUNDED_BOX, Bounds.ofSize(600, 60, 80, 40), new Style("#2563eb", 4, "#dbeafe")));
        sketch.add(Shape.of(ShapeKind.ELLIPSE, Bounds.ofSize(600, 120, 80, 40), Style.DEFAULT));
        sketch.add(Shape.of(ShapeKind.CYLINDER, Bounds.ofSize(600, 180, 60, 70), Style.DEFAULT));
        sketch.add(Shape.text(Bounds.ofSize(600, 280, 120, 24), "p99 < 200 ms", "#dc2626", Shape.TEXT_FONT_SIZE));
        clock[0] = 120_000;
        phase[0] = "deep-dive";
        sketch.addStroke(INK, 2.5, List.of(new Point(700, 300), new Point(720, 310), new Point(740, 305)));
        sketch.add(arrow(client, lb, "HTTPS"));
        sketch.add(arrow(lb, svcA, ""));
        sketch.add(arrow(lb, svcB, ""));
        sketch.add(arrow(svcA, cache, "read-through"));
        sketch.add(new Connector(0, new Point(220, 432), new Point(220, 518), Style.DEFAULT, Arrowheads.BOTH, "",
                svcB.id(), db.id()));
        sketch.add(Connector.of(new Point(600, 350), new Point(700, 350), Style.DEFAULT, Arrowheads.NONE));
        clock[0] = 130_000;
        sketch.move(List.of(db.id()), 20, 10);
        sketch.addStroke("#dc2626", 2, List.of(new Point(900, 900), new Point(950, 950)));
        sketch.eraseAt(925, 925, 4);
        sketch.undo();
        sketch.eraseAt(925, 925, 4);
        sketch.update(sketch.find(cache.id()).map(e -> ((Shape) e).withStyle(Style.DEFAULT.withFill("#fee2e2")))
                .orElseThrow());
        return sketch;
    }

    static Connector arrow(Shape from, Shape to, String label) {
        return new Connector(0, new Point(from.box().centerX(), from.box().centerY()),
                new Point(to.box().centerX(), to.box().centerY()), Style.DEFAULT, Arrowheads.END, label,
                from.id(), to.id());
    }
}
