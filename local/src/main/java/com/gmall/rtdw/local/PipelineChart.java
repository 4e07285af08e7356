package com.gmall.rtdw.local;

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

/**
 * The pipeline benchmark's chart as a PNG: the ODS lag's growth, and the DWS freshness (p50 and p99
 * over all tables, and the worst table's p99), against the offered rate on a log scale. Drawn with
 * the JDK alone, headless.
 */
final class PipelineChart {
    /** One rate's figures. */
    record Point(
            int rate, double lagGrowthPerSecond, double p50, double p99, double slowestTable) {}

    private static final int WIDTH = 900;
    private static final int PANEL = 300;
    private static final int LEFT = 80;
    private static final int TOP = 40;

    private PipelineChart() {}

    static void write(List<Point> points, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image =
                new BufferedImage(WIDTH, 2 * PANEL + 2 * TOP + 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        panel(g, points, TOP, "ODS lag growth (messages/s; 0 = bounded)", 0, Color.BLACK);
        panel(
                g,
                points,
                2 * TOP + PANEL,
                "DWS freshness (s): p50 blue, p99 red, worst table p99 grey",
                1,
                null);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static void panel(
            Graphics2D g, List<Point> points, int top, String title, int kind, Color color) {
        int bottom = top + PANEL - 40;
        int right = WIDTH - 30;
        double maxY = 1;
        for (Point p : points) {
            maxY =
                    Math.max(
                            maxY,
                            kind == 0
                                    ? Math.abs(p.lagGrowthPerSecond())
                                    : Math.max(p.p99(), p.slowestTable()));
        }
        maxY *= 1.1;
        g.setColor(Color.BLACK);
        g.drawString(title, LEFT, top - 10);
        g.drawLine(LEFT, bottom, right, bottom);
        g.drawLine(LEFT, top, LEFT, bottom);
        for (int i = 0; i <= 4; i++) {
            int y = bottom - i * (bottom - top) / 4;
            g.setColor(new Color(230, 230, 230));
            g.drawLine(LEFT + 1, y, right, y);
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, "%.0f", maxY * i / 4), 10, y + 4);
        }
        double minRate = points.stream().mapToInt(Point::rate).min().orElse(1);
        double maxRate = points.stream().mapToInt(Point::rate).max().orElse(2);
        for (Point p : points) {
            int x = x(p.rate(), minRate, maxRate, right);
            g.drawString(Integer.toString(p.rate()), x - 12, bottom + 16);
        }
        g.drawString("ODS events/s (log scale)", right - 150, bottom + 32);
        if (kind == 0) {
            line(
                    g,
                    points,
                    minRate,
                    maxRate,
                    right,
                    top,
                    bottom,
                    maxY,
                    color,
                    Point::lagGrowthPerSecond);
        } else {
            line(
                    g,
                    points,
                    minRate,
                    maxRate,
                    right,
                    top,
                    bottom,
                    maxY,
                    Color.GRAY,
                    Point::slowestTable);
            line(g, points, minRate, maxRate, right, top, bottom, maxY, Color.RED, Point::p99);
            line(g, points, minRate, maxRate, right, top, bottom, maxY, Color.BLUE, Point::p50);
        }
    }

    private static void line(
            Graphics2D g,
            List<Point> points,
            double minRate,
            double maxRate,
            int right,
            int top,
            int bottom,
            double maxY,
            Color color,
            ToDoubleFunction<Point> value) {
        g.setColor(color);
        g.setStroke(new BasicStroke(2));
        int[] xs = new int[points.size()];
        int[] ys = new int[points.size()];
        for (int i = 0; i < points.size(); i++) {
            xs[i] = x(points.get(i).rate(), minRate, maxRate, right);
            double v = Math.max(0, value.applyAsDouble(points.get(i)));
            ys[i] = bottom - (int) Math.round(v / maxY * (bottom - top));
            g.fillOval(xs[i] - 3, ys[i] - 3, 6, 6);
        }
        g.drawPolyline(xs, ys, points.size());
        g.setStroke(new BasicStroke(1));
    }

    private static int x(int rate, double minRate, double maxRate, int right) {
        if (maxRate <= minRate) {
            return (LEFT + right) / 2;
        }
        double share = Math.log(rate / minRate) / Math.log(maxRate / minRate);
        return LEFT + 20 + (int) Math.round(share * (right - LEFT - 40));
    }
}
