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
 * over all tables, and the worst table's p99), against the rate the simulator delivered, on a log
 * scale. Drawn with the JDK alone, headless.
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

    /** One line of a panel: its colour and the figure it draws. */
    private record Series(Color color, ToDoubleFunction<Point> value) {}

    /** Where a panel's values go: rates on a log scale across, values from 0 to maxY up. */
    private record Axes(
            int top, int bottom, int right, double minRate, double maxRate, double maxY) {
        int x(int rate) {
            if (maxRate <= minRate) {
                return (LEFT + right) / 2;
            }
            double share = Math.log(rate / minRate) / Math.log(maxRate / minRate);
            return LEFT + 20 + (int) Math.round(share * (right - LEFT - 40));
        }

        int y(double value) {
            return bottom - (int) Math.round(Math.max(0, value) / maxY * (bottom - top));
        }
    }

    static void write(List<Point> points, Path png) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image =
                new BufferedImage(WIDTH, 2 * PANEL + 2 * TOP + 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        panel(
                g,
                points,
                TOP,
                "ODS lag growth (messages/s; 0 = bounded)",
                List.of(new Series(Color.BLACK, Point::lagGrowthPerSecond)));
        panel(
                g,
                points,
                2 * TOP + PANEL,
                "DWS freshness (s): p50 blue, p99 red, worst table p99 grey",
                List.of(
                        new Series(Color.GRAY, Point::slowestTable),
                        new Series(Color.RED, Point::p99),
                        new Series(Color.BLUE, Point::p50)));
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    /** The step of 1, 2 or 5 times a power of ten at or above {@code raw}: round axis labels. */
    static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5, 10}) {
            if (factor * power >= raw) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static void panel(
            Graphics2D g, List<Point> points, int top, String title, List<Series> series) {
        double maxY = 1;
        for (Point p : points) {
            for (Series line : series) {
                double v = line.value().applyAsDouble(p);
                maxY = Double.isNaN(v) ? maxY : Math.max(maxY, v);
            }
        }
        Axes axes =
                new Axes(
                        top,
                        top + PANEL - 40,
                        WIDTH - 30,
                        points.stream().mapToInt(Point::rate).min().orElse(1),
                        points.stream().mapToInt(Point::rate).max().orElse(2),
                        4 * niceStep(maxY * 1.1 / 4));
        g.setColor(Color.BLACK);
        g.drawString(title, LEFT, top - 10);
        g.drawLine(LEFT, axes.bottom(), axes.right(), axes.bottom());
        g.drawLine(LEFT, top, LEFT, axes.bottom());
        for (int i = 0; i <= 4; i++) {
            int y = axes.bottom() - i * (axes.bottom() - top) / 4;
            g.setColor(new Color(230, 230, 230));
            g.drawLine(LEFT + 1, y, axes.right(), y);
            g.setColor(Color.BLACK);
            double label = axes.maxY() * i / 4;
            g.drawString(
                    String.format(Locale.ROOT, axes.maxY() < 4 ? "%.1f" : "%.0f", label),
                    10,
                    y + 4);
        }
        for (Point p : points) {
            g.drawString(Integer.toString(p.rate()), axes.x(p.rate()) - 12, axes.bottom() + 16);
        }
        g.drawString("ODS events/s (log scale)", axes.right() - 150, axes.bottom() + 32);
        for (Series line : series) {
            line(g, points, axes, line);
        }
    }

    private static void line(Graphics2D g, List<Point> points, Axes axes, Series series) {
        g.setColor(series.color());
        g.setStroke(new BasicStroke(2));
        int[] xs = new int[points.size()];
        int[] ys = new int[points.size()];
        for (int i = 0; i < points.size(); i++) {
            xs[i] = axes.x(points.get(i).rate());
            ys[i] = axes.y(series.value().applyAsDouble(points.get(i)));
            g.fillOval(xs[i] - 3, ys[i] - 3, 6, 6);
        }
        g.drawPolyline(xs, ys, points.size());
        g.setStroke(new BasicStroke(1));
    }
}
