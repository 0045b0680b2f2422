package org.archivelod.serve.render;

import java.util.List;

/**
 * Fruchterman and Reingold's force-directed placement ("Graph drawing by force-directed placement", 1991), made
 * deterministic: nodes start evenly on a circle in the order given (callers sort them by IRI), every step is
 * computed in that order, and the temperature cools linearly over a fixed number of rounds, so the same graph is
 * always drawn the same. Linked nodes attract ({@code d²/k}), all nodes repel ({@code k²/d}); then label boxes
 * that still overlap are pushed apart vertically. It is meant for one connected part at a time ({@link #components}).
 *
 * <pre>{@code
 * double[][] xy = ForceLayout.place(3, new int[][] {{0, 1}, {1, 2}}, 120, new double[][] {{80, 16}, {90, 16}, {70, 16}});
 * }</pre>
 */
final class ForceLayout {
    private static final int ROUNDS = 400;

    private ForceLayout() {}

    /**
     * Positions for {@code n} nodes linked by {@code edges} (pairs of indices), {@code k} pixels being the distance
     * they settle at; {@code boxes[i]} is the width and height of node i with its label, kept from overlapping.
     */
    static double[][] place(int n, int[][] edges, double k, double[][] boxes) {
        double[][] p = new double[n][2];
        if (n == 0) return p;
        // the frame: about k² of room per node, a little wider than high, as a page is
        double half = k * Math.sqrt(n) * 0.65;
        double halfHeight = half * 0.7;
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            p[i][0] = half * 0.8 * Math.cos(angle);
            p[i][1] = halfHeight * 0.8 * Math.sin(angle);
        }
        if (n < 2) return p;
        double start = half / 2;
        double temperature = start;
        for (int round = 0; round < ROUNDS; round++) {
            double[][] move = new double[n][2];
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = p[i][0] - p[j][0];
                    double dy = p[i][1] - p[j][1];
                    double d = Math.max(0.01, Math.hypot(dx, dy));
                    double f = k * k / d;
                    move[i][0] += dx / d * f;
                    move[i][1] += dy / d * f;
                    move[j][0] -= dx / d * f;
                    move[j][1] -= dy / d * f;
                }
            }
            for (int[] e : edges) {
                if (e[0] == e[1]) continue;
                double dx = p[e[0]][0] - p[e[1]][0];
                double dy = p[e[0]][1] - p[e[1]][1];
                double d = Math.max(0.01, Math.hypot(dx, dy));
                double f = d * d / k;
                move[e[0]][0] -= dx / d * f;
                move[e[0]][1] -= dy / d * f;
                move[e[1]][0] += dx / d * f;
                move[e[1]][1] += dy / d * f;
            }
            for (int i = 0; i < n; i++) {
                // gravity: parts that are not linked stay near the middle instead of drifting to the frame's edge
                move[i][0] -= p[i][0] * k / half;
                move[i][1] -= p[i][1] * k / half;
                double length = Math.max(0.01, Math.hypot(move[i][0], move[i][1]));
                double step = Math.min(length, temperature);
                p[i][0] = Math.max(-half, Math.min(half, p[i][0] + move[i][0] / length * step));
                p[i][1] = Math.max(-halfHeight, Math.min(halfHeight, p[i][1] + move[i][1] / length * step));
            }
            temperature = Math.max(0.5, start * (1 - (round + 1) / (double) ROUNDS));
        }
        separate(p, boxes);
        return p;
    }

    /** Pushes apart, up and down, nodes whose label boxes (centred on the node) overlap; a bounded number of passes. */
    static void separate(double[][] p, double[][] boxes) {
        int n = p.length;
        for (int pass = 0; pass < 200; pass++) {
            boolean moved = false;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double overlapX = (boxes[i][0] + boxes[j][0]) / 2 - Math.abs(p[i][0] - p[j][0]);
                    double overlapY = (boxes[i][1] + boxes[j][1]) / 2 - Math.abs(p[i][1] - p[j][1]);
                    if (overlapX > 0 && overlapY > 0) {
                        double push = overlapY / 2 + 0.5;
                        int up = p[i][1] < p[j][1] || (p[i][1] == p[j][1] && i < j) ? i : j;
                        int down = up == i ? j : i;
                        p[up][1] -= push;
                        p[down][1] += push;
                        moved = true;
                    }
                }
            }
            if (!moved) return;
        }
    }

    /** The connected parts of a graph of {@code n} nodes, each in index order, the largest first (ties by first index). */
    static List<List<Integer>> components(int n, int[][] edges) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int[] e : edges) {
            int a = root(parent, e[0]);
            int b = root(parent, e[1]);
            if (a != b) parent[Math.max(a, b)] = Math.min(a, b);
        }
        java.util.Map<Integer, List<Integer>> parts = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) parts.computeIfAbsent(root(parent, i), x -> new java.util.ArrayList<>()).add(i);
        List<List<Integer>> out = new java.util.ArrayList<>(parts.values());
        out.sort(java.util.Comparator.comparingInt((List<Integer> c) -> -c.size()).thenComparingInt(c -> c.get(0)));
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) i = parent[i];
        return i;
    }
}
