package dev.csp.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/** Latency percentiles against offered load, both axes logarithmic, drawn with plain Java2D into a PNG. */
final class Chart {

    private static final int W = 960;
    private static final int H = 600;
    private static final int LEFT = 80;
    private static final int RIGHT = 220;
    private static final int TOP = 50;
    private static final int BOTTOM = 70;

    private record Series(String name, Color color, float[] dash, ToDoubleFunction<OrderPipeline.Step> value) {
    }

    private static final List<Series> SERIES = List.of(
            new Series("key readable p50", new Color(0x2b8cbe), null, s -> s.keyReadable().p50()),
            new Series("key readable p95", new Color(0xe6a100), null, s -> s.keyReadable().p95()),
            new Series("key readable p99", new Color(0xd7301f), null, s -> s.keyReadable().p99()),
            new Series("charge recorded p99", new Color(0x756bb1), new float[] {6, 4}, s -> s.chargeRecorded().p99()),
            new Series("POST response p99", new Color(0x31a354), new float[] {2, 3}, s -> s.post().p99()));

    static void draw(List<OrderPipeline.Step> allSteps, double targetP99Ms, String subtitle, Path png) throws IOException {
        List<OrderPipeline.Step> steps = medians(allSteps.stream().filter(s -> s.keyReadable().measured()).toList());
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("Order pipeline: latency from the order's due time vs offered load", LEFT, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(subtitle, LEFT, 40);
        if (steps.isEmpty()) {
            g.drawString("no step measured", LEFT + 20, TOP + 40);
            ImageIO.write(image, "png", png.toFile());
            return;
        }
        double xMin = steps.stream().mapToDouble(OrderPipeline.Step::offeredPerSecond).min().orElse(1) / 1.5;
        double xMax = steps.stream().mapToDouble(OrderPipeline.Step::offeredPerSecond).max().orElse(10) * 1.5;
        double yMax = Math.max(targetP99Ms * 2, steps.stream().mapToDouble(s -> Math.max(s.keyReadable().max(), s.post().p99())).max().orElse(1000) * 1.5);
        double yMin = Math.max(0.1, steps.stream().mapToDouble(s -> Math.min(s.post().p99(), s.keyReadable().p50())).min().orElse(1) / 2);
        Axis x = new Axis(xMin, xMax, LEFT, W - RIGHT);
        Axis y = new Axis(yMin, yMax, H - BOTTOM, TOP);
        grid(g, x, y);
        g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {8, 5}, 0));
        g.setColor(Color.GRAY);
        int ty = y.at(targetP99Ms);
        g.drawLine(LEFT, ty, W - RIGHT, ty);
        g.drawString("target p99 " + Text.ms(targetP99Ms) + " ms", W - RIGHT - 120, ty - 4);
        int legendY = TOP + 10;
        for (Series series : SERIES) {
            g.setColor(series.color());
            g.setStroke(series.dash() == null ? new BasicStroke(2.2f)
                    : new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, series.dash(), 0));
            int px = -1;
            int py = -1;
            for (OrderPipeline.Step step : steps) {
                int sx = x.at(step.offeredPerSecond());
                int sy = y.at(Math.max(yMin, series.value().applyAsDouble(step)));
                if (px >= 0) {
                    g.drawLine(px, py, sx, sy);
                }
                g.fillOval(sx - 3, sy - 3, 7, 7);
                px = sx;
                py = sy;
            }
            g.drawLine(W - RIGHT + 15, legendY, W - RIGHT + 45, legendY);
            g.setColor(Color.BLACK);
            g.drawString(series.name(), W - RIGHT + 52, legendY + 4);
            legendY += 20;
        }
        g.setColor(Color.BLACK);
        legendY += 10;
        for (OrderPipeline.Step step : steps) {
            g.drawString(String.format(Locale.ROOT, "%s/s: %s%s", Text.num(step.offeredPerSecond()),
                    step.keptUp() ? "kept up" : "saturated", step.repetition() > 1 ? " (median of " + step.repetition() + ")" : ""),
                    W - RIGHT + 15, legendY);
            legendY += 16;
        }
        ImageIO.write(image, "png", png.toFile());
    }

    /** One step per rate: the repetitions' median of every figure drawn (the rate kept up if any repetition did). */
    private static List<OrderPipeline.Step> medians(List<OrderPipeline.Step> steps) {
        List<OrderPipeline.Step> merged = new java.util.ArrayList<>();
        steps.stream().map(OrderPipeline.Step::offeredPerSecond).distinct().sorted().forEach(rate -> {
            List<OrderPipeline.Step> same = steps.stream().filter(s -> s.offeredPerSecond() == rate).toList();
            OrderPipeline.Step first = same.get(0);
            merged.add(new OrderPipeline.Step(rate, same.size(), 0, 0, 0, 0, 0, 0, 0, 0,
                    same.stream().anyMatch(OrderPipeline.Step::keptUp), "", median(same, OrderPipeline.Step::post),
                    median(same, OrderPipeline.Step::keyReadable), median(same, OrderPipeline.Step::chargeRecorded),
                    first.purchaseLogged(), List.of(), first.loadAverage(), null));
        });
        return merged;
    }

    private static Latencies.Summary median(List<OrderPipeline.Step> same,
                                            java.util.function.Function<OrderPipeline.Step, Latencies.Summary> figure) {
        java.util.function.Function<ToDoubleFunction<Latencies.Summary>, Double> of = f ->
                Spread.of(same.stream().map(figure).map(x -> f.applyAsDouble(x)).toList()).median();
        return new Latencies.Summary(same.size(), of.apply(Latencies.Summary::p50), of.apply(Latencies.Summary::p95),
                of.apply(Latencies.Summary::p99), of.apply(Latencies.Summary::max), of.apply(Latencies.Summary::mean));
    }

    private static void grid(Graphics2D g, Axis x, Axis y) {
        g.setStroke(new BasicStroke(1f));
        for (double v : ticks(y.min, y.max)) {
            int py = y.at(v);
            g.setColor(new Color(0xe0e0e0));
            g.drawLine(LEFT, py, W - RIGHT, py);
            g.setColor(Color.DARK_GRAY);
            g.drawString(Text.ms(v), LEFT - 8 - g.getFontMetrics().stringWidth(Text.ms(v)), py + 4);
        }
        for (double v : ticks(x.min, x.max)) {
            int px = x.at(v);
            g.setColor(new Color(0xe0e0e0));
            g.drawLine(px, TOP, px, H - BOTTOM);
            g.setColor(Color.DARK_GRAY);
            g.drawString(Text.num(v), px - g.getFontMetrics().stringWidth(Text.num(v)) / 2, H - BOTTOM + 16);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, W - RIGHT - LEFT, H - BOTTOM - TOP);
        g.drawString("offered load (orders per second, log scale)", LEFT + 150, H - 25);
        g.rotate(-Math.PI / 2);
        g.drawString("latency (ms, log scale)", -(H / 2) - 60, 20);
        g.rotate(Math.PI / 2);
    }

    /** 1, 2, 5 × powers of ten inside [min, max]. */
    private static List<Double> ticks(double min, double max) {
        List<Double> ticks = new java.util.ArrayList<>();
        for (double decade = Math.pow(10, Math.floor(Math.log10(min))); decade <= max; decade *= 10) {
            for (double m : new double[] {1, 2, 5}) {
                double v = decade * m;
                if (v >= min && v <= max) {
                    ticks.add(v);
                }
            }
        }
        return ticks;
    }

    private record Axis(double min, double max, int from, int to) {
        int at(double value) {
            double f = (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min));
            return (int) Math.round(from + f * (to - from));
        }
    }
}
